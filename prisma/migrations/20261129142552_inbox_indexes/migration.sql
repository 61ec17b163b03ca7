-- DropIndex
DROP INDEX "Task_assigneeId_status_idx";

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_dueAt_idx" ON "Task"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_candidateRole_candidateDepartment_status_assigneeId_du_idx" ON "Task"("candidateRole", "candidateDepartment", "status", "assigneeId", "dueAt");

-- CreateIndex
CREATE INDEX "Task_completedById_idx" ON "Task"("completedById");

-- CreateIndex
CREATE INDEX "Task_escalatedRole_status_escalatedDepartment_idx" ON "Task"("escalatedRole", "status", "escalatedDepartment");

-- CreateIndex
CREATE INDEX "Task_status_escalationLevel_idx" ON "Task"("status", "escalationLevel");

-- CreateIndex
CREATE INDEX "Task_dueAt_idx" ON "Task"("dueAt");

