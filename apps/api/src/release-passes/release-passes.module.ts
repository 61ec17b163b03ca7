import { Module } from '@nestjs/common';
import { ReleasePassesController } from './release-passes.controller';
import { ReleasePassesService } from './release-passes.service';

/** REC-3: item release passes, on the core's checklists and gate passes. */
@Module({
  controllers: [ReleasePassesController],
  providers: [ReleasePassesService],
})
export class ReleasePassesModule {}
