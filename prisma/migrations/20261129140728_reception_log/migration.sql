-- CreateEnum
CREATE TYPE "ReceptionKind" AS ENUM ('COMPLAINT', 'PRAISE', 'SUGGESTION', 'NEED', 'CONSULTATION', 'REPAIR');

-- CreateEnum
CREATE TYPE "ReceptionChannel" AS ENUM ('VISIT', 'PHONE', 'LETTER', 'ONLINE');

-- CreateTable
CREATE TABLE "ReceptionEntry" (
    "id" SERIAL NOT NULL,
    "kind" "ReceptionKind" NOT NULL,
    "channel" "ReceptionChannel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenById" INTEGER NOT NULL,
    "handlerId" INTEGER,
    "householdId" INTEGER,
    "residentName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "reply" TEXT,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "praisedStaffId" INTEGER,
    "caseId" INTEGER,
    "linkedProcess" TEXT,
    "linkedAt" TIMESTAMP(3),
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPraise" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "staffId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "messageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPraise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialistQuestion" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "department" "Department",
    "specialistId" INTEGER,
    "promisedBy" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ASKED',
    "answer" TEXT,
    "answeredById" INTEGER,
    "answeredAt" TIMESTAMP(3),
    "toldAt" TIMESTAMP(3),
    "toldMethod" TEXT,
    "toldById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecialistQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactForm" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "caseId" INTEGER,
    "entryId" INTEGER,
    "toDepartment" "Department" NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "replyBy" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "createdById" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" INTEGER,
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedById" INTEGER,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionEntry_caseId_key" ON "ReceptionEntry"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionEntry_requestId_key" ON "ReceptionEntry"("requestId");

-- CreateIndex
CREATE INDEX "ReceptionEntry_receivedAt_idx" ON "ReceptionEntry"("receivedAt");

-- CreateIndex
CREATE INDEX "ReceptionEntry_kind_receivedAt_idx" ON "ReceptionEntry"("kind", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffPraise_entryId_key" ON "StaffPraise"("entryId");

-- CreateIndex
CREATE INDEX "StaffPraise_staffId_idx" ON "StaffPraise"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialistQuestion_entryId_key" ON "SpecialistQuestion"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialistQuestion_caseId_key" ON "SpecialistQuestion"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactForm_number_key" ON "ContactForm"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ContactForm_caseId_key" ON "ContactForm"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactForm_requestId_key" ON "ContactForm"("requestId");

-- CreateIndex
CREATE INDEX "ContactForm_status_idx" ON "ContactForm"("status");

