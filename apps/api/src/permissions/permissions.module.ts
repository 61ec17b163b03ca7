import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ConfidentialReadRecorder, IdentityController } from './confidential';
import { PermissionsService } from './permissions.service';

/** Who may do what (the permission table), the masking of confidential data and the record of its full reads. */
@Global()
@Module({
  controllers: [IdentityController],
  providers: [PermissionsService, { provide: APP_INTERCEPTOR, useClass: ConfidentialReadRecorder }],
  exports: [PermissionsService],
})
export class PermissionsModule {}
