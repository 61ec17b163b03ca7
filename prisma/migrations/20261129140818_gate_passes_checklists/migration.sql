-- CreateEnum
CREATE TYPE "GatePassStatus" AS ENUM ('ACTIVE', 'USED', 'REVOKED');

-- CreateEnum
CREATE TYPE "GateCheckResult" AS ENUM ('VALID', 'USED', 'NOT_YET_VALID', 'EXPIRED', 'REVOKED', 'STOPPED', 'UNKNOWN');

-- CreateTable
CREATE TABLE "GatePass" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "singleUse" BOOLEAN NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderPhone" TEXT,
    "householdId" INTEGER,
    "summary" TEXT NOT NULL,
    "vehicle" TEXT,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "status" "GatePassStatus" NOT NULL DEFAULT 'ACTIVE',
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" INTEGER,
    "revokeReason" TEXT,
    "stoppedAt" TIMESTAMP(3),
    "stoppedById" INTEGER,
    "stopReason" TEXT,
    "liftedAt" TIMESTAMP(3),
    "liftedById" INTEGER,
    "liftReason" TEXT,
    "issuedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatePass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateCheck" (
    "id" SERIAL NOT NULL,
    "passId" INTEGER,
    "query" TEXT NOT NULL,
    "result" "GateCheckResult" NOT NULL,
    "markedUsed" BOOLEAN NOT NULL DEFAULT false,
    "gate" TEXT,
    "checkedById" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GateCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" SERIAL NOT NULL,
    "purpose" TEXT NOT NULL,
    "applicantKind" TEXT NOT NULL,
    "householdId" INTEGER NOT NULL,
    "policyVersion" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Checklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" SERIAL NOT NULL,
    "checklistId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "documentKind" "DocumentKind" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "checkedAt" TIMESTAMP(3),
    "checkedById" INTEGER,
    "documentId" INTEGER,
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleasePass" (
    "id" SERIAL NOT NULL,
    "householdId" INTEGER NOT NULL,
    "applicantKind" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "vehicle" TEXT,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "checklistId" INTEGER NOT NULL,
    "passId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedAt" TIMESTAMP(3),
    "issuedById" INTEGER,
    "requestId" TEXT,

    CONSTRAINT "ReleasePass_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GatePass_number_key" ON "GatePass"("number");

-- CreateIndex
CREATE UNIQUE INDEX "GatePass_code_key" ON "GatePass"("code");

-- CreateIndex
CREATE INDEX "GatePass_kind_status_idx" ON "GatePass"("kind", "status");

-- CreateIndex
CREATE INDEX "GatePass_householdId_idx" ON "GatePass"("householdId");

-- CreateIndex
CREATE INDEX "GateCheck_passId_idx" ON "GateCheck"("passId");

-- CreateIndex
CREATE INDEX "GateCheck_checkedAt_idx" ON "GateCheck"("checkedAt");

-- CreateIndex
CREATE INDEX "Checklist_householdId_idx" ON "Checklist"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_checklistId_code_key" ON "ChecklistItem"("checklistId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ReleasePass_checklistId_key" ON "ReleasePass"("checklistId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleasePass_passId_key" ON "ReleasePass"("passId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleasePass_requestId_key" ON "ReleasePass"("requestId");

-- CreateIndex
CREATE INDEX "ReleasePass_householdId_idx" ON "ReleasePass"("householdId");

-- CreateIndex
CREATE INDEX "ReleasePass_createdAt_idx" ON "ReleasePass"("createdAt");

-- AddForeignKey
ALTER TABLE "GatePass" ADD CONSTRAINT "GatePass_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateCheck" ADD CONSTRAINT "GateCheck_passId_fkey" FOREIGN KEY ("passId") REFERENCES "GatePass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checklist" ADD CONSTRAINT "Checklist_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_passId_fkey" FOREIGN KEY ("passId") REFERENCES "GatePass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

