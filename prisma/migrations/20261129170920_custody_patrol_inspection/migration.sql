-- AlterTable
ALTER TABLE "CustodyPatrol" ADD COLUMN     "inspectionId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "CustodyPatrol_inspectionId_key" ON "CustodyPatrol"("inspectionId");

