-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" INTEGER;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" INTEGER;

-- AlterTable
ALTER TABLE "Proxy" ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" INTEGER;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" INTEGER;

-- AlterTable
ALTER TABLE "FileLoan" ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "ChangeRecord" ADD COLUMN     "process" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Household_requestId_key" ON "Household"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_requestId_key" ON "Member"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_requestId_key" ON "Contact"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Proxy_requestId_key" ON "Proxy"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_requestId_key" ON "Document"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "FileLoan_requestId_key" ON "FileLoan"("requestId");

