import { Module } from '@nestjs/common';
import { DocumentsService } from '../archive/documents/documents';
import { ChecklistsController } from './checklists.controller';
import { ChecklistsService } from './checklists.service';

/** Document checklists (core), filing their scans through the archive's documents service. */
@Module({
  controllers: [ChecklistsController],
  providers: [ChecklistsService, DocumentsService],
  exports: [ChecklistsService],
})
export class ChecklistsModule {}
