import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { CasesModule } from '../cases/cases.module';
import { BankDebitsController, BankDebitsService, DebitImportsList, DebitResultsList } from './bank-debits';
import { BillingController, BillingRunsService, FeeSchedules } from './billing';
import { BillsController, BillsService } from './bills';
import { CashHandoversController, CashHandoversService } from './cash-handovers';
import { ChargeItemsController, ChargeItemsService, MeterReadingsController, MeterReadingsService } from './charges';
import { DunningController, DunningService } from './dunning';
import { FeeFiguresController, FeeFiguresService } from './figures';
import { PaymentsController, PaymentsService } from './payments';
import { PaymentReversals, PaymentReversalsController } from './reversals';

/**
 * The money side (FEE-1..8): charges, billing runs and their schedule, bills, payments and their reversal, the
 * cash handover, dunning. A reversal, a waiver and a bank-debit import wait for a second person (approvals).
 */
@Module({
  imports: [CasesModule, ApprovalsModule],
  controllers: [
    ChargeItemsController,
    MeterReadingsController,
    BillingController,
    BillsController,
    PaymentsController,
    PaymentReversalsController,
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
    PaymentReversals,
    BankDebitsService,
    DebitImportsList,
    DebitResultsList,
    CashHandoversService,
    DunningService,
    FeeFiguresService,
  ],
})
export class FeesModule {}
