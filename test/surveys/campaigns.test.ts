import { createHash, randomBytes } from 'node:crypto';
import { eventually } from '../harness';
import { recordHistory } from '../harness/histories';
import { linkIn, surveyStack, type SurveyStack } from './support';

const full = [
  { questionId: 'reception', value: 5 },
  { questionId: 'phone', value: 4 },
  { questionId: 'return-visit', value: 3 },
  { questionId: 'cleaning', value: true },
  { questionId: 'best', value: 'GREENING' },
  { questionId: 'suggestions', value: '希望增加儿童游乐设施。' },
];

/** Satisfaction surveys (SAT-1) on the real dev server and database: campaigns, links, forms. */
describe('satisfaction survey campaigns', () => {
  let s: SurveyStack;

  beforeAll(async () => {
    s = await surveyStack();
  });

  afterAll(() => s?.close());

  it('SAT-1 a campaign by link sends each household of the building its own link by SMS through the outbox; one answer through it, a second refused', async () => {
    await s.usePolicy({ linkValidFor: 'P1D', remindAfter: 'P1D' });
    const { building, households } = await s.building(['王芳', '陈明']);
    const campaign = await s.campaign({ name: '2栋 四月满意度调查', method: 'LINK', buildingId: building.id });
    expect(campaign.invitations.map((i) => i.householdId).sort()).toEqual(households.map((h) => h.id).sort());

    const sms = await s.sentSms(campaign.caseId, 2);
    expect(sms.map((m) => m.recipient).sort()).toEqual(households.map((h) => h.phone).sort());
    expect(sms[0].body).toMatch(/^(王芳|陈明)，您好：诚邀您参加物业服务满意度调查（2栋 四月满意度调查）/);
    const tokens = sms.map((m) => linkIn(m.body)!);
    expect(tokens.every((t) => t && t.length >= 32)).toBe(true);
    expect(new Set(tokens).size).toBe(2);
    // Only a hash of each token is stored beside the invitation.
    const invitations = await s.prisma.surveyInvitation.findMany({ where: { campaignId: campaign.id } });
    for (const t of tokens) expect(invitations.some((i) => i.tokenHash === createHash('sha256').update(t).digest('hex'))).toBe(true);
    expect(invitations.some((i) => tokens.includes(i.tokenHash ?? ''))).toBe(false);

    // The resident opens the link without signing in: the questions in both languages, nothing about the household.
    const [token, other] = tokens;
    const page = await s.resident.get(`/public/surveys/${token}`);
    expect(page.status).toBe(200);
    expect(page.body.title).toEqual({ zh: '物业服务满意度调查', en: 'Property service satisfaction survey' });
    expect(page.body.questions.map((q: { id: string }) => q.id)).toEqual(['reception', 'phone', 'return-visit', 'cleaning', 'best', 'suggestions']);
    expect(JSON.stringify(page.body)).not.toMatch(/王芳|陈明|1390000/);

    // Incomplete answers are refused, naming the question, and take nothing.
    const incomplete = await s.resident.post(`/public/surveys/${token}`, { answers: [{ questionId: 'reception', value: 9 }] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors).toEqual(expect.arrayContaining([{ field: 'answers.0.value', message: 'must be a rating from 1 to 5' }, { field: 'answers', message: 'the question "phone" must be answered' }]));

    expect((await s.resident.post(`/public/surveys/${token}`, { answers: full })).status).toBe(201);
    const again = await s.resident.post(`/public/surveys/${token}`, { answers: full });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('This survey has already been answered: thank you.');
    expect((await s.resident.get(`/public/surveys/${token}`)).status).toBe(409);
    expect(await s.prisma.surveyResponse.count({ where: { campaignId: campaign.id } })).toBe(1);

    // Who was asked, who answered, who did not; the answer keeps the questionnaire version it answered.
    const shown = (await s.as.reception.get(`/survey-campaigns/${campaign.id}`)).body;
    expect(shown).toMatchObject({ asked: 2, answered: 1, status: 'OPEN', method: 'LINK' });
    expect(shown.invitations.filter((i: { answeredAt: string | null }) => i.answeredAt)).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toContain('tokenHash');
    const [response] = (await s.as.reception.get(`/survey-responses?filter=${encodeURIComponent(JSON.stringify({ campaignId: campaign.id }))}`)).body;
    expect(response).toMatchObject({ method: 'LINK', questionnaire: { version: (await s.questionnaire()).version }, enteredById: null });

    // A manager closes the campaign: the link not answered stops working.
    expect((await s.as.supervisor.post(`/cases/${campaign.caseId}/close`, { justification: '四月调查提前结束' })).status).toBe(200);
    await eventually(async () => (await s.prisma.surveyCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === 'CLOSED', 15_000, 'campaign closed');
    expect((await s.resident.get(`/public/surveys/${other}`)).status).toBe(410);
    await recordHistory(s.temporal.client, await s.workflowOf(campaign.caseId), 'survey', 'link-closed-by-manager');
  });

  it('SAT-1 an unknown link is a 404 that does not tell whether it ever existed', async () => {
    const random = await s.resident.get(`/public/surveys/${randomBytes(24).toString('base64url')}`);
    const malformed = await s.resident.post('/public/surveys/x', { answers: full });
    expect([random.status, malformed.status]).toEqual([404, 404]);
    expect(random.body.message).toBe('This survey link is not valid.');
    expect(malformed.body.message).toBe(random.body.message);
  });

  it('SAT-1 unanswered links are reminded once after the policy\'s interval with the same link, and an expired link is refused', async () => {
    await s.usePolicy({ linkValidFor: 'PT6S', remindAfter: 'PT1S' });
    const { households } = await s.building(['刘洋', '赵丽']);
    const campaign = await s.campaign({ name: '五月回访', method: 'LINK', householdIds: households.map((h) => h.id) });
    const links = await s.sentSms(campaign.caseId, 2);
    const reminders = await s.sentSms(campaign.caseId, 2, 'survey-reminder:');
    for (const r of reminders) {
      expect(r.body).toContain('您尚未填写物业服务满意度调查（五月回访）');
      expect(linkIn(r.body)).toBe(linkIn(links.find((l) => l.recipient === r.recipient)!.body));
    }
    await eventually(async () => (await s.prisma.surveyCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === 'CLOSED', 20_000, 'campaign ended');
    const token = linkIn(links[0].body)!;
    const expired = await s.resident.post(`/public/surveys/${token}`, { answers: full });
    expect(expired.status).toBe(410);
    expect(expired.body.message).toBe('This survey link has expired.');
    expect((await s.resident.get(`/public/surveys/${token}`)).status).toBe(410);
    expect(await s.prisma.surveyResponse.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect((await s.as.reception.get(`/survey-campaigns/${campaign.id}`)).body).toMatchObject({ asked: 2, answered: 0, status: 'CLOSED' });
    await recordHistory(s.temporal.client, await s.workflowOf(campaign.caseId), 'survey', 'link-reminded-and-expired');
  });

  it('SAT-1 a paper opinion form entered by staff answers its household in the campaign, once per requestId; the commissioners have the campaign as a task', async () => {
    await s.usePolicy({ surveyWithin: { after: 'P7D' } });
    const { households } = await s.building(['孙强']);
    const campaign = await s.campaign({ name: '意见征询表 四月', method: 'PAPER', householdIds: [households[0].id] });
    const task = await eventually(() => s.prisma.task.findUnique({ where: { caseId_key: { caseId: campaign.caseId, key: 'survey' } }, include: { deadlines: true } }).then((t) => t ?? undefined), 15_000, 'survey task');
    expect(task).toMatchObject({ candidateRole: 'SERVICE_COMMISSIONER', status: 'OPEN' });
    expect(task.deadlines).toHaveLength(1);

    const form = { method: 'PAPER', campaignId: campaign.id, householdId: households[0].id, respondentName: '孙强', respondedAt: '2026-04-18', answers: full, requestId: 'paper-form-0001' };
    const bad = await s.as.reception.post('/survey-responses', { ...form, answers: [...full.slice(1), { questionId: 'reception', value: 'good' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'answers.5.value', message: 'must be a rating from 1 to 5' }]);
    expect((await s.as.engineer.post('/survey-responses', form)).status).toBe(403);
    const [first, second] = await Promise.all([s.as.reception.post('/survey-responses', form), s.as.reception.post('/survey-responses', form)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ method: 'PAPER', respondentName: '孙强', householdId: households[0].id });
    const other = await s.as.reception.post('/survey-responses', { ...form, requestId: 'paper-form-0002' });
    expect(other.status).toBe(409);
    expect((await s.as.reception.get(`/survey-campaigns/${campaign.id}`)).body).toMatchObject({ asked: 1, answered: 1 });

    await s.as.commissioner.post(`/tasks/${task.id}/claim`);
    expect((await s.as.commissioner.post(`/tasks/${task.id}/complete`, { formData: { done: true } })).status).toBe(200);
    await eventually(async () => (await s.prisma.surveyCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === 'CLOSED', 15_000, 'campaign closed');
    await recordHistory(s.temporal.client, await s.workflowOf(campaign.caseId), 'survey', 'paper-forms-done');
  });

  it('SAT-1 questionnaires are versioned data: a manager writes a new version, the earlier answers keep theirs', async () => {
    const before = await s.questionnaire();
    const body = { key: 'resident-satisfaction', titleZh: '物业服务满意度调查', titleEn: 'Property service satisfaction survey', questions: [{ id: 'overall', kind: 'RATING', topic: 'OVERALL', required: true, text: { zh: '总体满意度', en: 'Overall' } }] };
    expect((await s.as.reception.post('/questionnaires', body)).status).toBe(403);
    const wrong = await s.as.supervisor.post('/questionnaires', { ...body, questions: [{ id: 'x', kind: 'CHOICE', text: { zh: '选', en: 'Pick' }, options: [] }] });
    expect(wrong.status).toBe(400);
    const made = await s.as.supervisor.post('/questionnaires', body);
    expect(made.status).toBe(201);
    expect(made.body.version).toBe(before.version + 1);
    const earlier = await s.prisma.surveyResponse.findMany({ where: { questionnaireId: before.id } });
    expect(earlier.length).toBeGreaterThan(0);
  });

  it('SAT-1 the public endpoint is rate-limited per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await s.resident.get(`/public/surveys/${randomBytes(24).toString('base64url')}`)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((st) => st !== 404 && st !== 429)).toEqual([]);
  });
});
