-- DropIndex
DROP INDEX "CashHandover_collectorId_date_key";

-- CreateIndex
CREATE INDEX "CashHandover_collectorId_date_idx" ON "CashHandover"("collectorId", "date");

