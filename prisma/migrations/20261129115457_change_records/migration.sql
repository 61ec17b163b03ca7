-- CreateTable
CREATE TABLE "ChangeRecord" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staffId" INTEGER,
    "model" TEXT NOT NULL,
    "recordId" INTEGER NOT NULL,
    "householdId" INTEGER,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "ChangeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeRecord_model_recordId_idx" ON "ChangeRecord"("model", "recordId");

-- CreateIndex
CREATE INDEX "ChangeRecord_householdId_idx" ON "ChangeRecord"("householdId");

-- CreateIndex
CREATE INDEX "ChangeRecord_staffId_idx" ON "ChangeRecord"("staffId");

