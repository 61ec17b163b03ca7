-- CreateEnum
CREATE TYPE "ApprovalKind" AS ENUM ('PAYMENT_REVERSAL', 'WAIVER', 'BANK_DEBIT_IMPORT');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "reversalId" INTEGER,
ADD COLUMN     "reversedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Approval" (
    "id" SERIAL NOT NULL,
    "kind" "ApprovalKind" NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "subject" TEXT NOT NULL,
    "householdId" INTEGER,
    "amount" DECIMAL(14,2),
    "reason" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "postedAt" TIMESTAMP(3),
    "outcome" JSONB,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Approval_status_kind_idx" ON "Approval"("status", "kind");

-- CreateIndex
CREATE INDEX "Approval_subject_idx" ON "Approval"("subject");

-- CreateIndex
CREATE INDEX "Approval_householdId_idx" ON "Approval"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reversalId_key" ON "Payment"("reversalId");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_reversalId_fkey" FOREIGN KEY ("reversalId") REFERENCES "Approval"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One pending request per subject: a second request for the same payment, ladder or file is refused (409).
CREATE UNIQUE INDEX "Approval_one_pending_per_subject" ON "Approval"("subject") WHERE "status" = 'PENDING';
