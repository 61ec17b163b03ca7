-- CreateEnum
CREATE TYPE "ComplaintTier" AS ENUM ('MAJOR', 'IMPORTANT', 'MINOR');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('FRONT_DESK', 'HOTLINE', 'LETTER', 'ONLINE');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'RESOLVED', 'INVALID');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'DISSATISFIED');

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "householdId" INTEGER,
    "complainantName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "channel" "ComplaintChannel" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "department" "Department" NOT NULL,
    "description" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "tier" "ComplaintTier" NOT NULL,
    "damageOngoing" BOOLEAN NOT NULL DEFAULT false,
    "requestedBy" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "receivedById" INTEGER NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMP(3),
    "resolvedOnTime" BOOLEAN,
    "invalidReason" TEXT,
    "informedAt" TIMESTAMP(3),
    "informMethod" TEXT,
    "returnVisitAt" TIMESTAMP(3),
    "satisfaction" "Satisfaction",
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_caseId_key" ON "Complaint"("caseId");

-- CreateIndex
CREATE INDEX "Complaint_status_createdAt_idx" ON "Complaint"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Complaint_tier_department_idx" ON "Complaint"("tier", "department");

