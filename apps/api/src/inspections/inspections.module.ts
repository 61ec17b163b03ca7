import { Module } from '@nestjs/common';
import { AttachmentsService } from '../cases/attachments';
import { CasesModule } from '../cases/cases.module';
import { InspectionsController } from './inspections.controller';
import { InspectionsService } from './inspections.service';

/** Inspections (core): used by move-in, custody and decoration through `InspectionsService`, and by their pages through its endpoints. */
@Module({
  imports: [CasesModule],
  controllers: [InspectionsController],
  providers: [InspectionsService, AttachmentsService],
  exports: [InspectionsService],
})
export class InspectionsModule {}
