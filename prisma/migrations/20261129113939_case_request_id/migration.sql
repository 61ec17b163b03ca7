-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "requestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Case_requestId_key" ON "Case"("requestId");
