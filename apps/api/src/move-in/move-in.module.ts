import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MoveInFiguresService } from './figures';
import { MoveInController } from './move-in.controller';
import { MoveInService } from './move-in.service';

/** Move-in (MOV-1..MOV-6, MOV-8), on the core's checklists, inspections, one-off charges and the repair process. */
@Module({
  imports: [CasesModule],
  controllers: [MoveInController],
  providers: [MoveInService, MoveInFiguresService],
})
export class MoveInModule {}
