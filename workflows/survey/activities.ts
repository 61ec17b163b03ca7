import { createHash, randomBytes } from 'node:crypto';
import { Context } from '@temporalio/activity';
import type { PrismaClient } from '../../prisma/client';
import { parseDuration } from '../core/calendar';
import { appendTimeline } from '../core/activities/timeline';
import type { Starter } from '../core/starter';
import { renderTemplate } from '../outbox/templates';
import { DEFAULT_SURVEY_POLICY, type SurveyPolicy } from './policy';

export interface SurveyActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

const DAY = 86_400_000;
/** The hash a token is looked up by: the token itself is only in the resident's SMS. */
export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** 192 random bits, URL-safe: unguessable, and short enough for an SMS. */
export const newToken = () => randomBytes(24).toString('base64url');
const durationMs = (iso: string) => {
  const d = parseDuration(iso);
  return d.days * DAY + d.ms;
};
/** China Standard Time, as the resident reads a date: 2026-12-13 18:00. */
const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const LINK_TEXT = {
  zh: (campaign: string, link: string, until: string) => `诚邀您参加物业服务满意度调查（${campaign}），约需一分钟：${link} 链接于 ${until} 前有效，仅可提交一次。`,
  en: (campaign: string, link: string, until: string) => `please take one minute for our satisfaction survey (${campaign}): ${link} The link works until ${until}, once.`,
};
const REMINDER_TEXT = {
  zh: (campaign: string, link: string, until: string) => `您尚未填写物业服务满意度调查（${campaign}），您的意见对我们很重要：${link} 链接于 ${until} 前有效。`,
  en: (campaign: string, link: string, until: string) => `you have not answered our satisfaction survey (${campaign}) yet, and your opinion matters: ${link} The link works until ${until}.`,
};

/**
 * SAT-1: a campaign's links and their reminders through the outbox, and its close. Each write is keyed by the
 * invitation (a message's idempotency key, a token set once), so a retried activity sends nothing twice.
 */
export const createSurveyActivities = ({ prisma, starter }: SurveyActivityDeps) => {
  const policyOf = async (caseId: number): Promise<SurveyPolicy> => {
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { policyKey: true, policyVersion: true } });
    const saved = await prisma.policy.findFirst({ where: { key: kase.policyKey, version: kase.policyVersion } });
    return { ...DEFAULT_SURVEY_POLICY, ...((saved?.data as object) ?? {}) } as SurveyPolicy;
  };
  const deliver = async (messageIds: number[]) => {
    const queued = await prisma.message.findMany({ where: { id: { in: messageIds }, status: 'QUEUED' }, select: { id: true } });
    for (const { id } of queued) {
      await starter.start('messageDeliveryWorkflow', `message-${id}`, [{ messageId: id, delivery: starter.delivery }]);
      Context.current().heartbeat(id);
    }
  };
  const households = async (ids: number[]) =>
    new Map((await prisma.household.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, phone: true, language: true } })).map((h) => [h.id, h]));

  return {
    /**
     * Sets the campaign's end from its policy and, for a campaign by link, gives each household its one-time
     * token and queues its SMS. Returns when to remind and when the campaign ends.
     */
    async startSurveyCampaign(input: { campaignId: number; caseId: number }): Promise<{ closesAt: string; remindAt: string | null; sent: number }> {
      const policy = await policyOf(input.caseId);
      const campaign = await prisma.surveyCampaign.findUniqueOrThrow({ where: { id: input.campaignId } });
      const startedAt = campaign.createdAt.getTime();
      const closesAt = campaign.closesAt ?? new Date(startedAt + durationMs(campaign.method === 'LINK' ? policy.linkValidFor : 'after' in policy.surveyWithin ? policy.surveyWithin.after : 'P14D'));
      if (!campaign.closesAt) await prisma.surveyCampaign.update({ where: { id: campaign.id }, data: { closesAt } });
      const remindAt = campaign.method === 'LINK' && policy.remindAfter ? new Date(startedAt + durationMs(policy.remindAfter)) : null;
      if (campaign.method !== 'LINK') return { closesAt: closesAt.toISOString(), remindAt: null, sent: 0 };

      const waiting = await prisma.surveyInvitation.findMany({ where: { campaignId: campaign.id, messageId: null } });
      const homes = await households(waiting.map((i) => i.householdId));
      for (const invitation of waiting) {
        const home = homes.get(invitation.householdId);
        if (!home) continue;
        const token = newToken();
        const link = `${policy.answerLinkBase}${token}`;
        const text = LINK_TEXT[home.language](campaign.name, link, local(closesAt));
        const rendered = renderTemplate('notice', 'SMS', home.language, { name: home.name, subject: '', text });
        // The token and its SMS in one transaction: a retry finds the invitation sent and leaves it.
        await prisma.$transaction(async (tx) => {
          const message = await tx.message.create({
            data: { idempotencyKey: `survey-link:${invitation.id}`, caseId: input.caseId, householdId: home.id, channel: 'SMS', recipient: home.phone, recipientName: home.name, template: 'notice', language: home.language, body: rendered.body },
          });
          await tx.surveyInvitation.update({ where: { id: invitation.id }, data: { tokenHash: tokenHash(token), expiresAt: closesAt, messageId: message.id, sentAt: new Date() } });
        });
      }
      const sent = await prisma.surveyInvitation.findMany({ where: { campaignId: campaign.id, messageId: { not: null } }, select: { messageId: true } });
      await deliver(sent.map((s) => s.messageId!));
      await appendTimeline(prisma, { caseId: input.caseId, key: `survey:${input.caseId}:links`, type: 'SURVEY_LINKS_SENT', data: { sent: sent.length, closesAt: closesAt.toISOString() }, actorId: null });
      return { closesAt: closesAt.toISOString(), remindAt: remindAt?.toISOString() ?? null, sent: sent.length };
    },

    /** One reminder to each household that has not answered, with the same link (taken from the SMS it was sent). */
    async remindSurveyLinks(input: { campaignId: number; caseId: number }): Promise<number> {
      const policy = await policyOf(input.caseId);
      const campaign = await prisma.surveyCampaign.findUniqueOrThrow({ where: { id: input.campaignId } });
      const waiting = await prisma.surveyInvitation.findMany({
        where: { campaignId: campaign.id, answeredAt: null, reminderMessageId: null, messageId: { not: null }, expiresAt: { gt: new Date() } },
      });
      const homes = await households(waiting.map((i) => i.householdId));
      const firsts = new Map((await prisma.message.findMany({ where: { id: { in: waiting.map((i) => i.messageId!) } }, select: { id: true, body: true } })).map((m) => [m.id, m.body]));
      const base = policy.answerLinkBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const invitation of waiting) {
        const home = homes.get(invitation.householdId);
        const link = new RegExp(`${base}[A-Za-z0-9_-]+`).exec(firsts.get(invitation.messageId!) ?? '')?.[0];
        if (!home || !link) continue;
        const text = REMINDER_TEXT[home.language](campaign.name, link, local(invitation.expiresAt!));
        const rendered = renderTemplate('notice', 'SMS', home.language, { name: home.name, subject: '', text });
        await prisma.$transaction(async (tx) => {
          const message = await tx.message.create({
            data: { idempotencyKey: `survey-reminder:${invitation.id}`, caseId: input.caseId, householdId: home.id, channel: 'SMS', recipient: home.phone, recipientName: home.name, template: 'notice', language: home.language, body: rendered.body },
          });
          await tx.surveyInvitation.update({ where: { id: invitation.id }, data: { reminderMessageId: message.id, remindedAt: new Date() } });
        });
      }
      const reminded = await prisma.surveyInvitation.findMany({ where: { campaignId: campaign.id, reminderMessageId: { not: null } }, select: { reminderMessageId: true } });
      await deliver(reminded.map((r) => r.reminderMessageId!));
      await appendTimeline(prisma, { caseId: input.caseId, key: `survey:${input.caseId}:reminders`, type: 'SURVEY_REMINDERS_SENT', data: { reminded: reminded.length }, actorId: null });
      return reminded.length;
    },

    /** The campaign ends: links not answered stop working (also when a manager closes it early). */
    async closeSurveyCampaign(input: { campaignId: number; caseId: number }): Promise<void> {
      const now = new Date();
      await prisma.surveyInvitation.updateMany({ where: { campaignId: input.campaignId, answeredAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
      await prisma.surveyCampaign.updateMany({ where: { id: input.campaignId, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: now } });
      const campaign = await prisma.surveyCampaign.findUniqueOrThrow({ where: { id: input.campaignId }, include: { _count: { select: { invitations: true, responses: true } } } });
      await appendTimeline(prisma, {
        caseId: input.caseId,
        key: `survey:${input.caseId}:closed`,
        type: 'SURVEY_CLOSED',
        data: { asked: campaign._count.invitations, answered: campaign._count.responses },
        actorId: null,
      });
    },
  };
};

export type SurveyActivities = ReturnType<typeof createSurveyActivities>;
