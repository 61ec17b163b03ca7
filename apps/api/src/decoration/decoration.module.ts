import { Module } from '@nestjs/common';
import { DocumentsService } from '../archive/documents/documents';
import { CasesModule } from '../cases/cases.module';
import { DecorationController } from './decoration.controller';
import { DecorationService } from './decoration.service';
import { DecorationFiguresService } from './figures';

/** Decoration approval and supervision (DEC-1..DEC-7): applications, permits, passes, violations, figures. */
@Module({
  imports: [CasesModule],
  controllers: [DecorationController],
  providers: [DecorationService, DecorationFiguresService, DocumentsService],
})
export class DecorationModule {}
