import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HandoverController } from './handover.controller';
import { HandoverService } from './handover.service';

/** The property developer's handover list: move-in notices through the outbox, appointments per unit. */
@Module({
  imports: [CasesModule],
  controllers: [HandoverController],
  providers: [HandoverService],
})
export class HandoverModule {}
