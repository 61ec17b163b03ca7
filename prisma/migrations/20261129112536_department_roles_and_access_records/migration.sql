-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffRole" ADD VALUE 'DEPT_STAFF';
ALTER TYPE "StaffRole" ADD VALUE 'DEPT_SUPERVISOR';

-- CreateTable
CREATE TABLE "AccessRecord" (
    "id" SERIAL NOT NULL,
    "staffId" INTEGER NOT NULL,
    "resource" TEXT NOT NULL,
    "recordId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessRecord_resource_recordId_idx" ON "AccessRecord"("resource", "recordId");

-- CreateIndex
CREATE INDEX "AccessRecord_staffId_at_idx" ON "AccessRecord"("staffId", "at");

-- AddForeignKey
ALTER TABLE "AccessRecord" ADD CONSTRAINT "AccessRecord_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

