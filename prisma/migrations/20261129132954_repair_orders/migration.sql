-- CreateEnum
CREATE TYPE "RepairKind" AS ENUM ('FREE', 'PAID');

-- CreateEnum
CREATE TYPE "RepairStatus" AS ENUM ('OPEN', 'ARRIVED', 'COMPLETED', 'RECTIFYING', 'CLOSED', 'VOIDED');

-- CreateEnum
CREATE TYPE "RepairChannel" AS ENUM ('DESK', 'HOTLINE', 'PROCESS');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "handoverDate" DATE;

-- CreateTable
CREATE TABLE "RepairOrder" (
    "id" SERIAL NOT NULL,
    "serial" TEXT NOT NULL,
    "caseId" INTEGER,
    "householdId" INTEGER,
    "location" TEXT NOT NULL,
    "publicArea" BOOLEAN NOT NULL DEFAULT false,
    "reporterName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "channel" "RepairChannel" NOT NULL,
    "source" JSONB,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "emergency" BOOLEAN NOT NULL DEFAULT false,
    "windows" JSONB NOT NULL,
    "appointmentFrom" TIMESTAMP(3) NOT NULL,
    "appointmentTo" TIMESTAMP(3) NOT NULL,
    "kind" "RepairKind" NOT NULL,
    "warrantyUntil" DATE,
    "warrantyBasis" TEXT NOT NULL,
    "priceCode" TEXT,
    "charge" DECIMAL(12,2),
    "chargeAcceptedAt" TIMESTAMP(3),
    "billId" INTEGER,
    "paymentId" INTEGER,
    "status" "RepairStatus" NOT NULL DEFAULT 'OPEN',
    "receivedById" INTEGER,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "engineerId" INTEGER,
    "arrivedAt" TIMESTAMP(3),
    "arrivedOnTime" BOOLEAN,
    "completedAt" TIMESTAMP(3),
    "workDone" TEXT,
    "materials" TEXT,
    "materialCost" DECIMAL(12,2),
    "hours" DECIMAL(6,2),
    "residentConfirmed" BOOLEAN,
    "leakTestAt" TIMESTAMP(3),
    "leakTestPassed" BOOLEAN,
    "checkedInAt" TIMESTAMP(3),
    "rectifications" INTEGER NOT NULL DEFAULT 0,
    "satisfaction" "Satisfaction",
    "closedAt" TIMESTAMP(3),
    "closeReason" TEXT,
    "voidReason" TEXT,
    "voidedAt" TIMESTAMP(3),
    "voidedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepairOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairVisit" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "satisfaction" "Satisfaction" NOT NULL,
    "problem" TEXT,
    "dueAt" TIMESTAMP(3),
    "onTime" BOOLEAN NOT NULL,
    "visitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "visitorId" INTEGER,

    CONSTRAINT "RepairVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RepairOrder_serial_key" ON "RepairOrder"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "RepairOrder_caseId_key" ON "RepairOrder"("caseId");

-- CreateIndex
CREATE INDEX "RepairOrder_status_idx" ON "RepairOrder"("status");

-- CreateIndex
CREATE INDEX "RepairOrder_householdId_idx" ON "RepairOrder"("householdId");

-- CreateIndex
CREATE INDEX "RepairOrder_createdAt_idx" ON "RepairOrder"("createdAt");

-- CreateIndex
CREATE INDEX "RepairOrder_category_idx" ON "RepairOrder"("category");

-- CreateIndex
CREATE INDEX "RepairOrder_engineerId_idx" ON "RepairOrder"("engineerId");

-- CreateIndex
CREATE UNIQUE INDEX "RepairVisit_orderId_round_key" ON "RepairVisit"("orderId", "round");

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_engineerId_fkey" FOREIGN KEY ("engineerId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairVisit" ADD CONSTRAINT "RepairVisit_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "RepairOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

