-- CreateTable
CREATE TABLE "UnfinishedSummary" (
    "id" SERIAL NOT NULL,
    "workflowId" TEXT NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openCount" INTEGER NOT NULL,
    "overdueCount" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "pdf" BYTEA NOT NULL,
    "messageIds" INTEGER[],

    CONSTRAINT "UnfinishedSummary_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnfinishedSummary_workflowId_key" ON "UnfinishedSummary"("workflowId");

