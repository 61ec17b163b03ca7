import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RepairFiguresService } from './figures';
import { RepairsController } from './repairs.controller';
import { RepairsService } from './repairs.service';

/** Repairs and return visits (REP-1..REP-8): the register, intake, the printable order and the figures. */
@Module({
  imports: [CasesModule],
  controllers: [RepairsController],
  providers: [RepairsService, RepairFiguresService],
  exports: [RepairsService],
})
export class RepairsModule {}
