-- CreateEnum
CREATE TYPE "CustodyStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "CustodyPatrolKind" AS ENUM ('WEEKLY', 'RAIN_BEFORE', 'RAIN_AFTER');

-- CreateTable
CREATE TABLE "Custody" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "householdId" INTEGER NOT NULL,
    "agreementNo" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "status" "CustodyStatus" NOT NULL DEFAULT 'ACTIVE',
    "startWater" DECIMAL(10,2) NOT NULL,
    "startElectricity" DECIMAL(10,2) NOT NULL,
    "endWater" DECIMAL(10,2),
    "endElectricity" DECIMAL(10,2),
    "notes" TEXT,
    "createdById" INTEGER,
    "endedById" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Custody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustodyReading" (
    "id" SERIAL NOT NULL,
    "custodyId" INTEGER NOT NULL,
    "water" DECIMAL(10,2) NOT NULL,
    "electricity" DECIMAL(10,2) NOT NULL,
    "waterUsed" DECIMAL(10,2) NOT NULL,
    "electricityUsed" DECIMAL(10,2) NOT NULL,
    "alert" BOOLEAN NOT NULL DEFAULT false,
    "alertTaskId" INTEGER,
    "closing" BOOLEAN NOT NULL DEFAULT false,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" INTEGER,
    "requestId" TEXT,

    CONSTRAINT "CustodyReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustodyPatrol" (
    "id" SERIAL NOT NULL,
    "custodyId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "CustodyPatrolKind" NOT NULL,
    "rainWarningId" INTEGER,
    "taskId" INTEGER,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "doneById" INTEGER,
    "problem" BOOLEAN,
    "findings" TEXT,
    "repairOrderId" INTEGER,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "CustodyPatrol_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RainWarning" (
    "id" SERIAL NOT NULL,
    "workflowId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "expectedEnd" TIMESTAMP(3) NOT NULL,
    "overAt" TIMESTAMP(3),
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,

    CONSTRAINT "RainWarning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverImport" (
    "id" SERIAL NOT NULL,
    "estateId" INTEGER NOT NULL,
    "fileName" TEXT,
    "lines" INTEGER NOT NULL,
    "importedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,

    CONSTRAINT "HandoverImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverNotice" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "buyerName" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "smsMessageId" INTEGER,
    "letterMessageId" INTEGER,
    "appointmentFrom" TIMESTAMP(3),
    "appointmentTo" TIMESTAMP(3),
    "bookedAt" TIMESTAMP(3),
    "bookedById" INTEGER,
    "confirmMessageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandoverNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Custody_caseId_key" ON "Custody"("caseId");

-- CreateIndex
CREATE INDEX "Custody_status_idx" ON "Custody"("status");

-- CreateIndex
CREATE INDEX "Custody_unitId_idx" ON "Custody"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CustodyReading_requestId_key" ON "CustodyReading"("requestId");

-- CreateIndex
CREATE INDEX "CustodyReading_custodyId_idx" ON "CustodyReading"("custodyId");

-- CreateIndex
CREATE INDEX "CustodyPatrol_rainWarningId_idx" ON "CustodyPatrol"("rainWarningId");

-- CreateIndex
CREATE UNIQUE INDEX "CustodyPatrol_custodyId_key_key" ON "CustodyPatrol"("custodyId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RainWarning_workflowId_key" ON "RainWarning"("workflowId");

-- CreateIndex
CREATE UNIQUE INDEX "RainWarning_requestId_key" ON "RainWarning"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "HandoverImport_requestId_key" ON "HandoverImport"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "HandoverNotice_unitId_key" ON "HandoverNotice"("unitId");

-- CreateIndex
CREATE INDEX "HandoverNotice_appointmentFrom_idx" ON "HandoverNotice"("appointmentFrom");

-- AddForeignKey
ALTER TABLE "Custody" ADD CONSTRAINT "Custody_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Custody" ADD CONSTRAINT "Custody_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Custody" ADD CONSTRAINT "Custody_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustodyReading" ADD CONSTRAINT "CustodyReading_custodyId_fkey" FOREIGN KEY ("custodyId") REFERENCES "Custody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustodyPatrol" ADD CONSTRAINT "CustodyPatrol_custodyId_fkey" FOREIGN KEY ("custodyId") REFERENCES "Custody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustodyPatrol" ADD CONSTRAINT "CustodyPatrol_rainWarningId_fkey" FOREIGN KEY ("rainWarningId") REFERENCES "RainWarning"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNotice" ADD CONSTRAINT "HandoverNotice_importId_fkey" FOREIGN KEY ("importId") REFERENCES "HandoverImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNotice" ADD CONSTRAINT "HandoverNotice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- MOV-7: at most one custody in force per unit (a second agreement for the same unit is refused).
CREATE UNIQUE INDEX "Custody_one_active_per_unit" ON "Custody"("unitId") WHERE "status" = 'ACTIVE';
