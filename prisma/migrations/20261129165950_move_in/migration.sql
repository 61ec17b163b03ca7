-- CreateEnum
CREATE TYPE "MoveInStage" AS ENUM ('BOOKED', 'IN_PROGRESS', 'WAITING_FOR_DEFECTS', 'DONE');

-- CreateTable
CREATE TABLE "MoveIn" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER,
    "householdId" INTEGER NOT NULL,
    "applicantKind" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "appointmentAt" TIMESTAMP(3),
    "checklistId" INTEGER NOT NULL,
    "stage" "MoveInStage" NOT NULL DEFAULT 'BOOKED',
    "registeredAt" TIMESTAMP(3),
    "registeredById" INTEGER,
    "agreements" JSONB,
    "issuedAt" TIMESTAMP(3),
    "receivedBy" TEXT,
    "feeBillId" INTEGER,
    "feeReceipt" TEXT,
    "inspectionId" INTEGER,
    "startedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,

    CONSTRAINT "MoveIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MoveInIssue" (
    "id" SERIAL NOT NULL,
    "moveInId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "receivedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" INTEGER,

    CONSTRAINT "MoveInIssue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MoveIn_caseId_key" ON "MoveIn"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "MoveIn_checklistId_key" ON "MoveIn"("checklistId");

-- CreateIndex
CREATE UNIQUE INDEX "MoveIn_inspectionId_key" ON "MoveIn"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "MoveIn_requestId_key" ON "MoveIn"("requestId");

-- CreateIndex
CREATE INDEX "MoveIn_householdId_idx" ON "MoveIn"("householdId");

-- CreateIndex
CREATE INDEX "MoveIn_stage_idx" ON "MoveIn"("stage");

-- CreateIndex
CREATE UNIQUE INDEX "MoveInIssue_moveInId_code_key" ON "MoveInIssue"("moveInId", "code");

-- AddForeignKey
ALTER TABLE "MoveIn" ADD CONSTRAINT "MoveIn_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MoveIn" ADD CONSTRAINT "MoveIn_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MoveIn" ADD CONSTRAINT "MoveIn_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MoveInIssue" ADD CONSTRAINT "MoveInIssue_moveInId_fkey" FOREIGN KEY ("moveInId") REFERENCES "MoveIn"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

