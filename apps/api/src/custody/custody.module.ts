import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CustodyFiguresService } from './custody-figures';
import { CustodyController, RainWarningsController } from './custody.controller';
import { CustodyService } from './custody.service';
import { RainWarningsService } from './rain.service';

/** Custody of vacant units (MOV-7): agreements, meter readings, heavy-rain warnings, the figures. */
@Module({
  imports: [CasesModule],
  controllers: [CustodyController, RainWarningsController],
  providers: [CustodyService, CustodyFiguresService, RainWarningsService],
})
export class CustodyModule {}
