import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_SURVEY_POLICY, type SurveyPolicy } from '../../workflows/survey/policy';
import { startSmtpServer } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'commissioner', 'engineer', 'supervisor'] as const;
export type Who = (typeof STAFF)[number];
/** The answer page in tests: the link in an SMS is this followed by the token. */
export const LINK_BASE = 'https://desk.example.test/#/survey/';
export const linkIn = (body: string) => new RegExp(`${LINK_BASE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([A-Za-z0-9_-]+)`).exec(body)?.[1];

/** A running product for the survey tests: worker, API, staff signed in, a building with households. */
export async function surveyStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const smtp = await startSmtpServer();
  const worker: RunningWorker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url });
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
  const temporal = await temporalClient();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  /** A file the API sends (the figures' CSV), as the reception downloads it. */
  const download = async (path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens.reception}` } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  /** The resident: no token at all. */
  const resident = http(api.url);
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '满意路 2 号' } });

  /** A building with households (their names and phones), for one campaign each. */
  const building = async (names: string[], language: 'zh' | 'en' = 'zh') => {
    const b = await prisma.building.create({ data: { estateId: estate.id, code: unique('S'), name: '2栋', floors: 6 } });
    const households = [];
    for (const [i, name] of names.entries()) {
      households.push(
        await prisma.household.create({
          data: { occupancy: 'OWNER', name, phone: `1390000${String(1000 + i)}`, language, unit: { create: { number: unique(`${i + 1}0`).slice(0, 12), floor: 1, areaSqm: 88, buildingId: b.id } } },
        }),
      );
    }
    return { building: b, households };
  };

  /** A policy version for the next campaigns (tests use seconds where they wait). */
  const usePolicy = async (changes: Partial<SurveyPolicy> = {}) => {
    const res = await as.supervisor.post('/policies', { key: 'survey', data: { ...DEFAULT_SURVEY_POLICY, answerLinkBase: LINK_BASE, ...changes }, note: 'test' });
    if (res.status !== 201) throw new Error(`policy refused: ${JSON.stringify(res.body)}`);
  };

  /** The default questionnaire's version with its reception question (a suite may have written later versions). */
  const questionnaire = async () => {
    const list = await as.reception.get(`/questionnaires?range=${encodeURIComponent('[0,99]')}`);
    type Version = { id: number; key: string; version: number; questions: { id: string; kind: string; required?: boolean }[] };
    return (list.body as Version[]).find((q) => q.key === 'resident-satisfaction' && q.questions.some((question) => question.id === 'reception')) as Version;
  };

  const campaign = async (body: Record<string, unknown>) => {
    const res = await as.reception.post('/survey-campaigns', { questionnaireId: (await questionnaire()).id, ...body });
    if (res.status !== 201) throw new Error(`campaign refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; caseId: number; invitations: { id: number; householdId: number }[] };
  };

  /** The SMS a campaign sent, once the outbox has sent them. */
  const sentSms = (caseId: number, count: number, prefix = 'survey-link:') =>
    eventually(async () => {
      const sent = await prisma.message.findMany({ where: { caseId, idempotencyKey: { startsWith: prefix }, status: 'SENT' }, orderBy: { id: 'asc' } });
      return sent.length === count ? sent : undefined;
    }, 20_000, `${count} SMS sent`);

  const workflowOf = async (caseId: number) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;

  return {
    prisma,
    api,
    temporal,
    as,
    download,
    resident,
    building,
    usePolicy,
    questionnaire,
    campaign,
    sentSms,
    workflowOf,
    async close() {
      await prisma.policy.deleteMany({ where: { key: 'survey' } });
      await api.close();
      await worker.stop();
      await smtp.close();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}

export type SurveyStack = Awaited<ReturnType<typeof surveyStack>>;
