-- CreateEnum
CREATE TYPE "DecorationStatus" AS ENUM ('DOCUMENTS', 'REVIEW', 'ACTIVE', 'STOPPED', 'ACCEPTANCE', 'COMPLETED', 'REFUSED');

-- CreateEnum
CREATE TYPE "DecorationDeposit" AS ENUM ('NONE', 'DUE', 'HELD', 'REFUNDED', 'KEPT');

-- CreateTable
CREATE TABLE "Decoration" (
    "id" SERIAL NOT NULL,
    "householdId" INTEGER NOT NULL,
    "caseId" INTEGER,
    "status" "DecorationStatus" NOT NULL DEFAULT 'DOCUMENTS',
    "applicantKind" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "contractorName" TEXT NOT NULL,
    "contractorPhone" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "structuralChange" BOOLEAN NOT NULL DEFAULT false,
    "loadIncrease" BOOLEAN NOT NULL DEFAULT false,
    "rulesPolicyVersion" INTEGER NOT NULL,
    "applicantAcknowledged" BOOLEAN NOT NULL,
    "contractorAcknowledged" BOOLEAN NOT NULL,
    "agreementSigned" BOOLEAN NOT NULL,
    "worksFrom" TIMESTAMP(3) NOT NULL,
    "worksTo" TIMESTAMP(3) NOT NULL,
    "checklistId" INTEGER NOT NULL,
    "filedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "applicantWaitMs" INTEGER NOT NULL DEFAULT 0,
    "waitingFor" TEXT,
    "waitingSince" TIMESTAMP(3),
    "authorityDocumentId" INTEGER,
    "planReviewNote" TEXT,
    "planReviewedById" INTEGER,
    "refusalReason" TEXT,
    "permitNumber" TEXT,
    "permitFrom" TIMESTAMP(3),
    "permitTo" TIMESTAMP(3),
    "feeAmount" DECIMAL(12,2),
    "feeBillId" INTEGER,
    "depositAmount" DECIMAL(12,2),
    "depositBillId" INTEGER,
    "deposit" "DecorationDeposit" NOT NULL DEFAULT 'NONE',
    "depositReason" TEXT,
    "collectedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "acceptanceNote" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,

    CONSTRAINT "Decoration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecorationWorker" (
    "id" SERIAL NOT NULL,
    "decorationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "phone" TEXT,
    "trade" TEXT,
    "passId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecorationWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecorationViolation" (
    "id" SERIAL NOT NULL,
    "decorationId" INTEGER NOT NULL,
    "notes" TEXT NOT NULL,
    "attachmentIds" INTEGER[],
    "foundById" INTEGER NOT NULL,
    "foundAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),
    "liftedById" INTEGER,
    "liftReason" TEXT,
    "key" TEXT,

    CONSTRAINT "DecorationViolation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "householdId" INTEGER NOT NULL,
    "billId" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "refundedById" INTEGER,
    "refundedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Decoration_caseId_key" ON "Decoration"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Decoration_checklistId_key" ON "Decoration"("checklistId");

-- CreateIndex
CREATE UNIQUE INDEX "Decoration_permitNumber_key" ON "Decoration"("permitNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Decoration_requestId_key" ON "Decoration"("requestId");

-- CreateIndex
CREATE INDEX "Decoration_householdId_idx" ON "Decoration"("householdId");

-- CreateIndex
CREATE INDEX "Decoration_status_idx" ON "Decoration"("status");

-- CreateIndex
CREATE INDEX "Decoration_createdAt_idx" ON "Decoration"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DecorationWorker_passId_key" ON "DecorationWorker"("passId");

-- CreateIndex
CREATE INDEX "DecorationWorker_decorationId_idx" ON "DecorationWorker"("decorationId");

-- CreateIndex
CREATE UNIQUE INDEX "DecorationViolation_key_key" ON "DecorationViolation"("key");

-- CreateIndex
CREATE INDEX "DecorationViolation_decorationId_idx" ON "DecorationViolation"("decorationId");

-- CreateIndex
CREATE INDEX "DecorationViolation_foundAt_idx" ON "DecorationViolation"("foundAt");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_number_key" ON "Refund"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_billId_key" ON "Refund"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_idempotencyKey_key" ON "Refund"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Refund_householdId_idx" ON "Refund"("householdId");

-- AddForeignKey
ALTER TABLE "Decoration" ADD CONSTRAINT "Decoration_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decoration" ADD CONSTRAINT "Decoration_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decoration" ADD CONSTRAINT "Decoration_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decoration" ADD CONSTRAINT "Decoration_authorityDocumentId_fkey" FOREIGN KEY ("authorityDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecorationWorker" ADD CONSTRAINT "DecorationWorker_decorationId_fkey" FOREIGN KEY ("decorationId") REFERENCES "Decoration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecorationWorker" ADD CONSTRAINT "DecorationWorker_passId_fkey" FOREIGN KEY ("passId") REFERENCES "GatePass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecorationViolation" ADD CONSTRAINT "DecorationViolation_decorationId_fkey" FOREIGN KEY ("decorationId") REFERENCES "Decoration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

