-- CreateEnum
CREATE TYPE "ChargeBasis" AS ENUM ('AREA', 'FIXED', 'METERED');

-- CreateEnum
CREATE TYPE "BillingRunStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('OPEN', 'PAID', 'WAIVED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CASH', 'CARD', 'TRANSFER', 'BANK_DEBIT');

-- CreateEnum
CREATE TYPE "PaymentChannel" AS ENUM ('COUNTER', 'HOME', 'BANK');

-- CreateEnum
CREATE TYPE "LadderStep" AS ENUM ('OVERDUE', 'REMINDED', 'LETTER_SENT', 'VISITED', 'LEGAL_REVIEW', 'REFERRED');

-- CreateEnum
CREATE TYPE "LadderStatus" AS ENUM ('ACTIVE', 'PAUSED', 'HELD', 'STOPPED');

-- AlterEnum
ALTER TYPE "DocumentKind" ADD VALUE 'LEGAL_BUNDLE';

-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "noticeChannel" "Channel" NOT NULL DEFAULT 'SMS';

-- CreateTable
CREATE TABLE "ChargeItem" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "basis" "ChargeBasis" NOT NULL,
    "rate" DECIMAL(10,2) NOT NULL,
    "custodyReduced" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChargeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeterReading" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "chargeItemId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "quantity" DECIMAL(10,2) NOT NULL,
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeterReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingRun" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "status" "BillingRunStatus" NOT NULL DEFAULT 'RUNNING',
    "startedById" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "households" INTEGER NOT NULL DEFAULT 0,
    "billsIssued" INTEGER NOT NULL DEFAULT 0,
    "noticesQueued" INTEGER NOT NULL DEFAULT 0,
    "amountIssued" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "BillingRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "householdId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "runId" INTEGER,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "paid" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "waived" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "status" "BillStatus" NOT NULL DEFAULT 'OPEN',
    "settledAt" TIMESTAMP(3),
    "noticeId" INTEGER,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" SERIAL NOT NULL,
    "billId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "basis" "ChargeBasis" NOT NULL,
    "quantity" DECIMAL(10,2) NOT NULL,
    "rate" DECIMAL(10,2) NOT NULL,
    "ratio" DECIMAL(4,2) NOT NULL DEFAULT 1,
    "amount" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "householdId" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "channel" "PaymentChannel" NOT NULL,
    "reference" TEXT,
    "note" TEXT,
    "collectorId" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT NOT NULL,
    "handoverId" INTEGER,
    "caseId" INTEGER,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "billId" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "DebitImport" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" INTEGER,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lines" INTEGER NOT NULL,
    "succeeded" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "DebitImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebitResult" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "bankRef" TEXT NOT NULL,
    "householdId" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "reason" TEXT,
    "debitedAt" DATE NOT NULL,
    "paymentId" INTEGER,

    CONSTRAINT "DebitResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CashHandover" (
    "id" SERIAL NOT NULL,
    "collectorId" INTEGER NOT NULL,
    "receivedById" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "receipts" INTEGER NOT NULL,
    "expectedAmount" DECIMAL(12,2) NOT NULL,
    "countedAmount" DECIMAL(12,2) NOT NULL,
    "difference" DECIMAL(12,2) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CashHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DunningLadder" (
    "id" SERIAL NOT NULL,
    "householdId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "workflowId" TEXT NOT NULL,
    "step" "LadderStep" NOT NULL DEFAULT 'OVERDUE',
    "status" "LadderStatus" NOT NULL DEFAULT 'ACTIVE',
    "reason" TEXT,
    "promisedDate" DATE,
    "pauseReason" TEXT,
    "pausedUntil" TIMESTAMP(3),
    "holdComplaintId" INTEGER,
    "agreement" JSONB,
    "overdueAmount" DECIMAL(12,2) NOT NULL,
    "oldestDueDate" DATE NOT NULL,
    "noticeAt" TIMESTAMP(3),
    "letterMessageId" INTEGER,
    "bundleDocumentId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stepAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stoppedAt" TIMESTAMP(3),
    "stopReason" TEXT,

    CONSTRAINT "DunningLadder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChargeItem_code_key" ON "ChargeItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MeterReading_unitId_chargeItemId_period_key" ON "MeterReading"("unitId", "chargeItemId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "BillingRun_workflowId_key" ON "BillingRun"("workflowId");

-- CreateIndex
CREATE INDEX "BillingRun_period_idx" ON "BillingRun"("period");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_number_key" ON "Bill"("number");

-- CreateIndex
CREATE INDEX "Bill_householdId_status_idx" ON "Bill"("householdId", "status");

-- CreateIndex
CREATE INDEX "Bill_status_dueDate_idx" ON "Bill"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Bill_period_idx" ON "Bill"("period");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_unitId_period_key" ON "Bill"("unitId", "period");

-- CreateIndex
CREATE INDEX "BillLine_billId_idx" ON "BillLine"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_receiptNumber_key" ON "Payment"("receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_householdId_idx" ON "Payment"("householdId");

-- CreateIndex
CREATE INDEX "Payment_collectorId_method_handoverId_idx" ON "Payment"("collectorId", "method", "handoverId");

-- CreateIndex
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");

-- CreateIndex
CREATE INDEX "Allocation_paymentId_idx" ON "Allocation"("paymentId");

-- CreateIndex
CREATE INDEX "Allocation_billId_idx" ON "Allocation"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "DebitImport_sha256_key" ON "DebitImport"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "DebitResult_bankRef_key" ON "DebitResult"("bankRef");

-- CreateIndex
CREATE INDEX "DebitResult_householdId_idx" ON "DebitResult"("householdId");

-- CreateIndex
CREATE INDEX "CashHandover_date_idx" ON "CashHandover"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CashHandover_collectorId_date_key" ON "CashHandover"("collectorId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DunningLadder_caseId_key" ON "DunningLadder"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "DunningLadder_workflowId_key" ON "DunningLadder"("workflowId");

-- CreateIndex
CREATE INDEX "DunningLadder_householdId_status_idx" ON "DunningLadder"("householdId", "status");

-- CreateIndex
CREATE INDEX "DunningLadder_status_step_idx" ON "DunningLadder"("status", "step");

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_chargeItemId_fkey" FOREIGN KEY ("chargeItemId") REFERENCES "ChargeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingRun" ADD CONSTRAINT "BillingRun_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_collectorId_fkey" FOREIGN KEY ("collectorId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "CashHandover"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebitImport" ADD CONSTRAINT "DebitImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebitResult" ADD CONSTRAINT "DebitResult_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DebitImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebitResult" ADD CONSTRAINT "DebitResult_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashHandover" ADD CONSTRAINT "CashHandover_collectorId_fkey" FOREIGN KEY ("collectorId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CashHandover" ADD CONSTRAINT "CashHandover_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DunningLadder" ADD CONSTRAINT "DunningLadder_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One open dunning ladder per household: two sweeps at once cannot chase a household twice.
CREATE UNIQUE INDEX "DunningLadder_one_open_per_household" ON "DunningLadder"("householdId") WHERE "status" <> 'STOPPED';
