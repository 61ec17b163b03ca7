-- CreateEnum
CREATE TYPE "InspectionCondition" AS ENUM ('GOOD', 'DEFECT', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('OPEN', 'CONFIRMED');

-- CreateTable
CREATE TABLE "Inspection" (
    "id" SERIAL NOT NULL,
    "template" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "caseId" INTEGER NOT NULL,
    "householdId" INTEGER,
    "location" TEXT NOT NULL,
    "parties" JSONB NOT NULL,
    "meters" JSONB NOT NULL,
    "meterReadings" JSONB,
    "meterReadAt" TIMESTAMP(3),
    "status" "InspectionStatus" NOT NULL DEFAULT 'OPEN',
    "confirmedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionItem" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER NOT NULL,
    "roomCode" TEXT NOT NULL,
    "roomZh" TEXT NOT NULL,
    "roomEn" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "condition" "InspectionCondition",
    "note" TEXT,
    "recordedAt" TIMESTAMP(3),
    "recordedById" INTEGER,
    "repairOrderId" INTEGER,
    "signedOffAt" TIMESTAMP(3),
    "signedOffBy" TEXT,
    "signOffNote" TEXT,
    "signOffById" INTEGER,

    CONSTRAINT "InspectionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPhoto" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "attachmentId" INTEGER NOT NULL,

    CONSTRAINT "InspectionPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionConfirmation" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER NOT NULL,
    "party" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" INTEGER,

    CONSTRAINT "InspectionConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_requestId_key" ON "Inspection"("requestId");

-- CreateIndex
CREATE INDEX "Inspection_caseId_idx" ON "Inspection"("caseId");

-- CreateIndex
CREATE INDEX "Inspection_householdId_idx" ON "Inspection"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionItem_repairOrderId_key" ON "InspectionItem"("repairOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionItem_inspectionId_roomCode_code_key" ON "InspectionItem"("inspectionId", "roomCode", "code");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPhoto_attachmentId_key" ON "InspectionPhoto"("attachmentId");

-- CreateIndex
CREATE INDEX "InspectionPhoto_itemId_idx" ON "InspectionPhoto"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConfirmation_inspectionId_party_key" ON "InspectionConfirmation"("inspectionId", "party");

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionItem" ADD CONSTRAINT "InspectionItem_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPhoto" ADD CONSTRAINT "InspectionPhoto_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InspectionItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPhoto" ADD CONSTRAINT "InspectionPhoto_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "CaseAttachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionConfirmation" ADD CONSTRAINT "InspectionConfirmation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

