-- CreateEnum
CREATE TYPE "SurveyMethod" AS ENUM ('VISIT', 'PHONE', 'PAPER', 'LINK');

-- CreateEnum
CREATE TYPE "SurveyCampaignStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "note" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyCampaign" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "method" "SurveyMethod" NOT NULL,
    "buildingId" INTEGER,
    "caseId" INTEGER,
    "status" "SurveyCampaignStatus" NOT NULL DEFAULT 'OPEN',
    "closesAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "householdId" INTEGER NOT NULL,
    "tokenHash" TEXT,
    "messageId" INTEGER,
    "sentAt" TIMESTAMP(3),
    "reminderMessageId" INTEGER,
    "remindedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "campaignId" INTEGER,
    "invitationId" INTEGER,
    "householdId" INTEGER,
    "method" "SurveyMethod" NOT NULL,
    "answers" JSONB NOT NULL,
    "respondentName" TEXT,
    "note" TEXT,
    "enteredById" INTEGER,
    "respondedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_key_version_key" ON "Questionnaire"("key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCampaign_caseId_key" ON "SurveyCampaign"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCampaign_requestId_key" ON "SurveyCampaign"("requestId");

-- CreateIndex
CREATE INDEX "SurveyCampaign_status_idx" ON "SurveyCampaign"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_campaignId_householdId_key" ON "SurveyInvitation"("campaignId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_invitationId_key" ON "SurveyResponse"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_requestId_key" ON "SurveyResponse"("requestId");

-- CreateIndex
CREATE INDEX "SurveyResponse_respondedAt_idx" ON "SurveyResponse"("respondedAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_campaignId_idx" ON "SurveyResponse"("campaignId");

-- AddForeignKey
ALTER TABLE "SurveyCampaign" ADD CONSTRAINT "SurveyCampaign_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SurveyCampaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SurveyCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "SurveyInvitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

