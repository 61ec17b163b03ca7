import { unique } from '../harness';
import { surveyStack, type SurveyStack } from './support';

/**
 * SAT-1 rates per channel, as seed 003 reports them ("reception 90%, telephone service 75%, return visits 80%"):
 * twenty households surveyed in April 2020, ten at home and ten by opinion form, with the return visits of
 * complaints (CMP-9) and repairs (REP-5) of the same month counted in the return-visit channel.
 */
describe('satisfaction figures', () => {
  let s: SurveyStack;
  const FROM = '2020-04-01';
  const TO = '2020-05-01';

  beforeAll(async () => {
    s = await surveyStack();
  });

  afterAll(() => s?.close());

  /** A complaint's return visit, and a repair's, in April 2020 (written as their processes write them). */
  const returnVisits = async () => {
    const { households } = await s.building(['回访户']);
    const staff = await s.prisma.staff.findUniqueOrThrow({ where: { username: 'commissioner' } });
    const kase = (process: string) => s.prisma.case.create({ data: { process, workflowId: unique(`fig-${process}`), titleZh: '统计', titleEn: 'Figures', policyKey: process, policyVersion: 0, status: 'CLOSED' } });
    for (const satisfaction of ['SATISFIED', 'SATISFIED', 'SATISFIED', 'DISSATISFIED'] as const) {
      await s.prisma.complaint.create({
        data: {
          caseId: (await kase('complaint')).id,
          householdId: households[0].id,
          complainantName: '回访户',
          phone: '13900001000',
          channel: 'HOTLINE',
          occurredAt: new Date('2020-04-02T02:00:00Z'),
          place: '2栋大堂',
          subject: '大堂灯不亮',
          department: 'ENGINEERING',
          description: '大堂灯坏了三天。',
          request: '尽快修好',
          tier: 'MINOR',
          confirmedAt: new Date('2020-04-02T02:00:00Z'),
          receivedById: staff.id,
          status: 'RESOLVED',
          returnVisitAt: new Date('2020-04-10T02:00:00Z'),
          satisfaction,
        },
      });
    }
    await s.prisma.repairOrder.create({
      data: {
        serial: unique('WX2020').slice(0, 20),
        location: '2栋 101',
        reporterName: '回访户',
        phone: '13900001000',
        channel: 'HOTLINE',
        category: 'PLUMBING',
        description: '下水道堵塞',
        windows: [],
        appointmentFrom: new Date('2020-04-05T01:00:00Z'),
        appointmentTo: new Date('2020-04-05T03:00:00Z'),
        kind: 'FREE',
        warrantyBasis: 'in-warranty',
        confirmedAt: new Date('2020-04-05T00:00:00Z'),
        status: 'CLOSED',
        visits: { create: { round: 1, method: 'PHONE', satisfaction: 'SATISFIED', onTime: true, visitedAt: new Date('2020-04-08T02:00:00Z') } },
      },
    });
  };

  it('SAT-1 satisfaction rates per channel and per survey method, with the return visits of complaints and repairs', async () => {
    const questionnaire = await s.questionnaire();
    const { households } = await s.building(Array.from({ length: 20 }, (_, i) => `住户${i + 1}`));
    for (const [i, h] of households.entries()) {
      const res = await s.as.commissioner.post('/survey-responses', {
        method: i < 10 ? 'VISIT' : 'PAPER',
        questionnaireId: questionnaire.id,
        householdId: h.id,
        respondedAt: `2020-04-${String(10 + (i % 10)).padStart(2, '0')}`,
        answers: [
          { questionId: 'reception', value: i < 18 ? 5 : 2 },
          { questionId: 'phone', value: i < 15 ? 4 : 3 },
          { questionId: 'return-visit', value: i < 16 ? 4 : 1 },
          { questionId: 'suggestions', value: '无' },
        ],
      });
      expect(res.status).toBe(201);
    }
    await returnVisits();

    const res = await s.as.reception.get(`/surveys/figures?from=${FROM}&to=${TO}`);
    expect(res.status).toBe(200);
    const f = res.body;
    const channel = (key: string) => f.channels.find((c: { key: string }) => c.key === key);
    expect(f.responses).toBe(20);
    expect(channel('RECEPTION')).toEqual({ key: 'RECEPTION', rated: 20, satisfied: 18, rate: 0.9 });
    expect(channel('PHONE')).toEqual({ key: 'PHONE', rated: 20, satisfied: 15, rate: 0.75 });
    // 16 of 20 survey answers, 3 of 4 complaint return visits, 1 of 1 repair return visit: 20 of 25.
    expect(channel('RETURN_VISIT')).toEqual({ key: 'RETURN_VISIT', rated: 25, satisfied: 20, rate: 0.8 });
    expect(f.returnVisits).toEqual([
      { key: 'COMPLAINT', rated: 4, satisfied: 3, rate: 0.75 },
      { key: 'REPAIR', rated: 1, satisfied: 1, rate: 1 },
    ]);
    const method = (key: string) => f.methods.find((m: { key: string }) => m.key === key);
    expect(method('VISIT')).toMatchObject({ responses: 10, rated: 30, satisfied: 30, rate: 1 });
    expect(method('PAPER')).toMatchObject({ responses: 10, rated: 30 });
    expect(method('LINK')).toMatchObject({ responses: 0, rated: 0, rate: null });
    expect(f.months.map((m: { month: string }) => m.month)).toEqual(['2020-04']);

    expect((await fetch(`${s.api.url}/surveys/figures.csv?from=${FROM}&to=${TO}`)).status).toBe(401);
    const file = await s.download(`/surveys/figures.csv?from=${FROM}&to=${TO}`);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.text).toContain('全期 Whole period,渠道 Channel,前台接待 Reception,,20,18,90.0%');
    expect(file.text).toContain('全期 Whole period,渠道 Channel,回访 Return visits,,25,20,80.0%');
    expect(file.text).toContain('2020-04,渠道 Channel,电话服务 Telephone service,,20,15,75.0%');

    expect((await s.as.engineer.get(`/surveys/figures?from=${FROM}&to=${TO}`)).status).toBe(403);
    expect((await s.as.reception.get('/surveys/figures?from=2020-05-01&to=2020-04-01')).status).toBe(400);
  });
});
