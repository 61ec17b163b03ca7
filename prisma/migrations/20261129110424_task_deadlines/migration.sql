-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('PENDING', 'MET', 'MISSED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "escalatedDepartment" "Department",
ADD COLUMN     "escalatedRole" "StaffRole";

-- CreateTable
CREATE TABLE "TaskDeadline" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "originalDueAt" TIMESTAMP(3) NOT NULL,
    "basis" JSONB NOT NULL,
    "onMiss" JSONB NOT NULL,
    "status" "DeadlineStatus" NOT NULL DEFAULT 'PENDING',
    "missedAt" TIMESTAMP(3),
    "movedAt" TIMESTAMP(3),
    "movedById" INTEGER,
    "moveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskDeadline_caseId_idx" ON "TaskDeadline"("caseId");

-- CreateIndex
CREATE INDEX "TaskDeadline_status_dueAt_idx" ON "TaskDeadline"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskDeadline_taskId_key_key" ON "TaskDeadline"("taskId", "key");

-- AddForeignKey
ALTER TABLE "TaskDeadline" ADD CONSTRAINT "TaskDeadline_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDeadline" ADD CONSTRAINT "TaskDeadline_movedById_fkey" FOREIGN KEY ("movedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Open tasks of cases already running keep their current deadline, now visible on its own.
INSERT INTO "TaskDeadline" ("taskId", "caseId", "key", "labelZh", "labelEn", "dueAt", "originalDueAt", "basis", "onMiss")
SELECT t.id, t."caseId", 'deadline-1', '期限', 'Deadline', t."dueAt", t."dueAt",
       jsonb_build_object('rule', 'recorded', 'note', 'counted before deadlines were kept one by one'),
       jsonb_build_object('notify', true)
FROM "Task" t
WHERE t.status = 'OPEN' AND t."dueAt" IS NOT NULL;
