import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { BankDebitsController, BankDebitsService, DebitImportsList, DebitResultsList } from './bank-debits';
import { BillingController, BillingRunsService, FeeSchedules } from './billing';
import { BillsController, BillsService } from './bills';
import { CashHandoversController, CashHandoversService } from './cash-handovers';
import { ChargeItemsController, ChargeItemsService, MeterReadingsController, MeterReadingsService } from './charges';
import { DunningController, DunningService } from './dunning';
import { FeeFiguresController, FeeFiguresService } from './figures';
import { PaymentsController, PaymentsService } from './payments';

/** The money side (FEE-1..8): charges, billing runs and their schedule, bills, payments, the cash handover, dunning. */
@Module({
  imports: [CasesModule],
  controllers: [
    ChargeItemsController,
    MeterReadingsController,
    BillingController,
    BillsController,
    PaymentsController,
    BankDebitsController,
    CashHandoversController,
    DunningController,
    FeeFiguresController,
  ],
  providers: [
    ChargeItemsService,
    MeterReadingsService,
    BillingRunsService,
    FeeSchedules,
    BillsService,
    PaymentsService,
    BankDebitsService,
    DebitImportsList,
    DebitResultsList,
    CashHandoversService,
    DunningService,
    FeeFiguresService,
  ],
})
export class FeesModule {}
