import { eventually } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText } from '../harness/pdf';
import { receptionStack, type ReceptionStack } from './support';

const HOUR = 3600_000;
/** Today in China time, as the log is kept. */
const today = () => new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);

/** The reception log and what flows from it (REC-1, REC-2, REC-5), on the real dev server and database. */
describe('the reception log', () => {
  let s: ReceptionStack;

  beforeAll(async () => {
    s = await receptionStack();
    await s.usePolicies({ tellWithin: { after: 'PT1H' }, escalationFollowUp: { after: 'PT1H' } }, { acknowledgeWithin: { after: 'PT3S' }, escalationFollowUp: { after: 'PT1H' } });
  }, 60_000);

  afterAll(() => s?.close());

  it('REC-1 a call logged at the desk becomes a complaint and a visit becomes a repair order without typing them again, each linked both ways', async () => {
    const home = await s.household('陈静');
    const call = await s.entry({ kind: 'COMPLAINT', householdId: home.id, handlerId: await s.staffId('commissioner'), content: '楼下装修每天早上七点开始打钻，吵得无法休息。' });
    const made = await s.as.reception.post(`/reception-entries/${call.id}/complaint`, { tier: 'MINOR', department: 'CS', place: 'E栋 3楼', subject: '装修噪音', request: '请按规定时间施工' });
    expect(made.status).toBe(201);
    const complaint = await s.prisma.complaint.findUniqueOrThrow({ where: { caseId: made.body.caseId } });
    // What the resident said, who they are and how they reached us come from the entry.
    expect(complaint).toMatchObject({ complainantName: '陈静', phone: '13700002222', householdId: home.id, channel: 'HOTLINE', description: '楼下装修每天早上七点开始打钻，吵得无法休息。' });
    expect(made.body).toMatchObject({ linkedProcess: 'complaint', complaintId: complaint.id, case: { id: complaint.caseId } });
    // The case says where it came from.
    const origin = await s.prisma.timelineEntry.findFirst({ where: { caseId: complaint.caseId, type: 'FROM_RECEPTION' } });
    expect(origin?.data).toMatchObject({ entryId: call.id, kind: 'COMPLAINT', channel: 'PHONE' });
    // Pressing again opens nothing new; one entry is one case.
    const again = await s.as.reception.post(`/reception-entries/${call.id}/complaint`, { tier: 'MINOR', department: 'CS', place: 'E栋 3楼', subject: '装修噪音', request: '请按规定时间施工' });
    expect(again.body.caseId).toBe(complaint.caseId);
    expect(await s.prisma.complaint.count({ where: { householdId: home.id } })).toBe(1);
    expect((await s.as.reception.post(`/reception-entries/${call.id}/repair`, { category: 'PLUMBING' })).status).toBe(409);

    const visit = await s.entry({ kind: 'REPAIR', channel: 'VISIT', householdId: home.id, content: '卫生间地漏返水。' });
    const window = { from: new Date(Date.now() + 2 * HOUR).toISOString(), to: new Date(Date.now() + 4 * HOUR).toISOString() };
    const repaired = await s.as.reception.post(`/reception-entries/${visit.id}/repair`, { category: 'PLUMBING', windows: [window] });
    expect(repaired.status).toBe(201);
    const order = await s.prisma.repairOrder.findUniqueOrThrow({ where: { caseId: repaired.body.caseId } });
    expect(order).toMatchObject({ reporterName: '陈静', phone: '13700002222', householdId: home.id, channel: 'DESK', description: '卫生间地漏返水。' });
    expect(repaired.body).toMatchObject({ linkedProcess: 'repair', repairId: order.id });

    // The day's log lists both, with who took them and who handles them, and prints.
    const log = await s.as.supervisor.get(`/reception-entries?filter=${encodeURIComponent(JSON.stringify({ day: today(), householdId: home.id }))}`);
    expect(log.body.map((e: { id: number }) => e.id).sort()).toEqual([call.id, visit.id].sort());
    expect(log.body.find((e: { id: number }) => e.id === call.id)).toMatchObject({ takenBy: { displayName: expect.any(String) }, handler: { displayName: expect.any(String) } });
    const pdf = await s.download('supervisor', `/reception-entries/day.pdf?day=${today()}`);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body)).toContain('卫生间地漏返水');
  });

  it('REC-1 praise goes on the record of the staff member praised, who is told through the outbox', async () => {
    const engineer = await s.staffId('engineer');
    const praise = await s.entry({ kind: 'PRAISE', channel: 'VISIT', praisedStaffId: engineer, content: '维修师傅来得快，修得好。' });
    const record = await s.prisma.staffPraise.findUniqueOrThrow({ where: { entryId: praise.id } });
    expect(record).toMatchObject({ staffId: engineer, text: '维修师傅来得快，修得好。' });
    const notice = await s.prisma.message.findUniqueOrThrow({ where: { id: record.messageId! } });
    expect(notice).toMatchObject({ staffId: engineer });
    expect(notice.body).toContain('维修师傅来得快');
    const onRecord = await s.as.supervisor.get(`/staff-praises?filter=${encodeURIComponent(JSON.stringify({ staffId: engineer }))}`);
    expect(onRecord.body.map((p: { entryId: number }) => p.entryId)).toContain(praise.id);
    // Praise without the one praised is refused and stores nothing.
    const before = await s.prisma.receptionEntry.count();
    expect((await s.as.reception.post('/reception-entries', { kind: 'PRAISE', channel: 'PHONE', residentName: '陈静', phone: '13700002222', content: '好', confirmedWithResident: true })).status).toBe(400);
    expect(await s.prisma.receptionEntry.count()).toBe(before);
  });

  it('REC-2 a specialist answer not given by the promised time escalates; once answered, the resident gets it by SMS through the outbox', async () => {
    const home = await s.household('周敏');
    const asked = await s.entry({ kind: 'CONSULTATION', householdId: home.id, residentName: '周敏', content: '阳台能不能加装不锈钢防盗网？' });
    const question = await s.as.reception.post(`/reception-entries/${asked.id}/specialist-question`, {
      question: '阳台加装防盗网是否影响外立面，是否允许？',
      department: 'ENGINEERING',
      promisedBy: new Date(Date.now() + 3_000).toISOString(),
    });
    expect(question.status).toBe(201);
    const caseId = question.body.caseId as number;
    // Nobody answered by the promise: engineering's supervisor is brought in, the question stays with engineering.
    const late = await s.escalated(caseId, 'answer');
    expect(late).toMatchObject({ candidateDepartment: 'ENGINEERING', escalatedRole: 'DEPT_SUPERVISOR', status: 'OPEN' });
    await s.complete(s.as.engineer, caseId, 'answer', { answer: '可以加装内置隐形防盗网，不得改变外立面。' });
    const tell = await s.task(caseId, 'tell');
    expect(tell.dueAt).not.toBeNull();
    await s.complete(s.as.reception, caseId, 'tell', { method: 'SMS' });
    const sms = await eventually(() => s.prisma.message.findFirst({ where: { caseId, channel: 'SMS', status: 'SENT' } }).then((m) => m ?? undefined), 20_000, 'SMS sent');
    expect(sms).toMatchObject({ householdId: home.id, recipient: '13700002222' });
    expect(sms.body).toContain('内置隐形防盗网');
    const recorded = await eventually(() => s.prisma.specialistQuestion.findFirst({ where: { caseId, status: 'TOLD' } }).then((q) => q ?? undefined), 15_000, 'told');
    expect(recorded).toMatchObject({ answer: '可以加装内置隐形防盗网，不得改变外立面。', toldMethod: 'SMS' });
    expect(recorded.answeredAt!.getTime()).toBeGreaterThan(recorded.promisedBy.getTime());
    await eventually(async () => (await s.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status === 'CLOSED', 15_000, 'closed');
    await recordHistory(s.temporal.client, await s.workflowOf(caseId), 'specialist-question', 'late-escalated-answered-by-sms');
  });

  it('REC-5 a work contact form not acknowledged in time escalates up the chain, then is acknowledged and replied, and the reply comes back to customer service', async () => {
    const sent = await s.as.reception.post('/contact-forms', {
      toDepartment: 'ENGINEERING',
      subject: '地下车库排水泵故障',
      content: '暴雨预报，车库排水泵不启动，请工程部检修并回复处理结果。',
      replyBy: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    expect(sent.status).toBe(201);
    expect(sent.body.number).toMatch(/^LXD\d{4}-\d{4}$/);
    const caseId = sent.body.caseId as number;
    const late = await s.escalated(caseId, 'acknowledge');
    expect(late).toMatchObject({ candidateDepartment: 'ENGINEERING', escalatedRole: 'DEPT_SUPERVISOR', escalatedDepartment: 'ENGINEERING' });
    await s.complete(s.as['engineering-lead'], caseId, 'acknowledge', { note: '已安排' });
    await s.complete(s.as.engineer, caseId, 'reply', { reply: '已更换水泵控制板，试运行正常。' });
    const form = await eventually(async () => {
      const f = (await s.as.reception.get(`/contact-forms/${sent.body.id}`)).body;
      return f.status === 'REPLIED' ? f : undefined;
    }, 15_000, 'replied');
    expect(form).toMatchObject({ reply: '已更换水泵控制板，试运行正常。', acknowledgedBy: { displayName: expect.any(String) }, repliedBy: { displayName: expect.any(String) } });
    const back = await eventually(() => s.prisma.message.findFirst({ where: { caseId, template: 'notice' } }).then((m) => m ?? undefined), 15_000, 'reply notice');
    expect(back.staffId).toBe(await s.staffId('reception'));
    const pdf = await s.download('reception', `/contact-forms/${sent.body.id}/form.pdf`);
    expect(pdfText(pdf.body)).toContain('已更换水泵控制板');
    await eventually(async () => (await s.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status === 'CLOSED', 15_000, 'closed');
    await recordHistory(s.temporal.client, await s.workflowOf(caseId), 'contact-form', 'late-acknowledged-then-replied');
  });
});
