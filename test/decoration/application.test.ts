import { eventually, listQuery } from '../harness';
import { recordHistory } from '../harness/histories';
import { decorationStack, type DecorationStack } from './support';

/** The application at the desk, its filing and its approval (DEC-1, DEC-2, DEC-6), on the real dev server and database. */
describe('decoration applications', () => {
  let s: DecorationStack;

  beforeAll(async () => {
    s = await decorationStack();
    await s.usePolicy();
  });

  afterAll(() => s?.close());

  it("DEC-1 a tenant without the owner's power of attorney is refused with that reason; with it, filed with the ID copy on the household's file", async () => {
    const home = await s.household('TENANT', '租户 刘伟');
    const d = await s.apply(home.id, { applicantKind: 'TENANT', applicantName: '刘伟' });
    expect(d.checklist.items.map((i) => i.code).sort()).toEqual(['POWER_OF_ATTORNEY', 'TENANT_ID']);
    expect((await s.checkItem(d.checklistId, 'TENANT_ID')).status).toBe(200);
    const casesBefore = await s.prisma.case.count({ where: { householdId: home.id } });

    const refused = await s.as.reception.post(`/decorations/${d.id}/file`);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('checklist');
    expect(JSON.stringify(refused.body)).toContain('power of attorney');
    expect(await s.prisma.case.count({ where: { householdId: home.id } })).toBe(casesBefore);
    expect(await s.get(d.id)).toMatchObject({ status: 'DOCUMENTS', caseId: null });

    expect((await s.checkItem(d.checklistId, 'POWER_OF_ATTORNEY')).status).toBe(200);
    const filed = await s.as.reception.post(`/decorations/${d.id}/file`);
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ status: 'REVIEW' });
    // Filing again (a double press) opens no second case.
    expect((await s.as.reception.post(`/decorations/${d.id}/file`)).body).toMatchObject({ caseId: (filed.body as { caseId: number }).caseId });
    expect(await s.prisma.case.count({ where: { householdId: home.id, process: 'decoration' } })).toBe(1);
    const kinds = (await s.prisma.document.findMany({ where: { householdId: home.id }, select: { kind: true } })).map((x) => x.kind).sort();
    expect(kinds).toEqual(['ID_COPY', 'POWER_OF_ATTORNEY']);
    // An owner needs only their own ID; an unknown kind of applicant is a 400 naming the field.
    const bad = await s.as.reception.post('/decorations', s.application(home.id, { applicantKind: 'NEIGHBOUR' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('applicantKind');
  });

  it("DEC-2 the rules are read and acknowledged, the agreement signed, the plan reviewed; a structural change waits for the housing authority's approval", async () => {
    const rules = await s.as.reception.get('/decorations/rules');
    expect(rules.body.workingHours.zh).toContain('施工时间');
    expect(rules.body.prohibitions.length).toBeGreaterThan(0);
    const home = await s.household();
    const unacknowledged = await s.as.reception.post('/decorations', s.application(home.id, { contractorAcknowledged: false }));
    expect(unacknowledged.status).toBe(400);
    expect(JSON.stringify(unacknowledged.body)).toContain('contractorAcknowledged');

    const d = await s.filed(home.id, { structuralChange: true, plan: '拆除客厅与餐厅之间的墙体' });
    const review = await s.task(d.caseId, 'plan-review');
    expect(review.candidateDepartment).toBe('ENGINEERING');
    await s.complete(s.as.engineer, d.caseId, 'plan-review', { decision: 'APPROVED', note: '待取得房管部门批准书' });
    const waiting = await s.until(d.id, (v) => v.waitingFor === 'AUTHORITY', 'waiting for the authority');
    expect(waiting).toMatchObject({ status: 'REVIEW', permitNumber: null });
    const timeline = await s.prisma.timelineEntry.findMany({ where: { caseId: d.caseId }, select: { type: true } });
    expect(timeline.map((e) => e.type)).toContain('DECORATION_WAITING_AUTHORITY');
    // Still waiting a moment later: no permit without the authority's approval.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await s.get(d.id)).permitNumber).toBeNull();

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array((await import('../harness/pdf')).minimalPdf())], { type: 'application/pdf' }), 'approval.pdf');
    expect((await s.as.reception.post(`/decorations/${d.id}/authority-approval`, form)).status).toBe(200);
    const approved = await s.until(d.id, (v) => v.permitNumber !== null, 'approved');
    expect(approved.waitingFor).toBeNull();
    expect(approved.applicantMs).toBeGreaterThanOrEqual(1500);
    expect(await s.prisma.document.count({ where: { householdId: home.id, kind: 'PERMIT' } })).toBe(1);
    // A second filing of the approval is refused: it is no longer awaited.
    const again = new FormData();
    again.append('documentId', String(approved.authorityDocumentId));
    expect((await s.as.reception.post(`/decorations/${d.id}/authority-approval`, again)).status).toBe(409);
    await s.complete(s.as.cashier, d.caseId, 'collect', { method: 'CASH' });
    await s.until(d.id, (v) => v.status === 'ACTIVE' && v.workers.every((w) => w.pass), 'active');
    expect((await s.as.supervisor.post(`/cases/${d.caseId}/close`, { justification: '业主放弃装修 The owner gave up the works' })).status).toBe(200);
    await s.until(d.id, (v) => v.status === 'COMPLETED', 'closed');
    await recordHistory(s.temporal.client, await s.workflowOf(d.caseId), 'decoration', 'authority-approval-then-closed');
  });

  it('DEC-6 a compliant application is approved on the spot; one not reviewed in time escalates up the chain', async () => {
    const home = await s.household();
    const quick = await s.filed(home.id);
    await s.complete(s.as.engineer, quick.caseId, 'plan-review', { decision: 'APPROVED', note: '符合规定' });
    const approved = await s.until(quick.id, (v) => v.permitNumber !== null, 'approved');
    expect(approved.timing).toBe('ON_THE_SPOT');
    expect(approved.permitNumber).toMatch(/^ZS\d{4}-\d{6}$/);
    const listed = await s.as.reception.get(`/decorations${listQuery({ filter: { householdId: home.id } })}`);
    expect((listed.body as { id: number }[]).map((r) => r.id)).toContain(quick.id);
    await s.complete(s.as.cashier, quick.caseId, 'collect', { method: 'CARD' });
    await s.until(quick.id, (v) => v.status === 'ACTIVE', 'active');
    await s.accept(quick, 'REFUND', '验收合格');
    await s.until(quick.id, (v) => v.status === 'COMPLETED', 'completed');
    await recordHistory(s.temporal.client, await s.workflowOf(quick.caseId), 'decoration', 'approved-on-the-spot-accepted');

    await s.usePolicy({ approveWithin: { after: 'PT2S' } });
    const slow = await s.filed((await s.household()).id);
    const late = await eventually(async () => {
      const t = await s.task(slow.caseId, 'plan-review');
      return t.escalationLevel > 0 ? t : undefined;
    }, 20_000, 'escalation');
    expect(late).toMatchObject({ candidateDepartment: 'ENGINEERING', escalatedRole: 'DEPT_SUPERVISOR', escalatedDepartment: 'ENGINEERING', status: 'OPEN' });
    await s.complete(s.as['engineering-lead'], slow.caseId, 'plan-review', { decision: 'REJECTED', note: '方案不完整，请补充水电图' });
    const refused = await s.until(slow.id, (v) => v.status === 'REFUSED', 'refused');
    expect(refused).toMatchObject({ permitNumber: null, refusalReason: '方案不完整，请补充水电图' });
    await recordHistory(s.temporal.client, await s.workflowOf(slow.caseId), 'decoration', 'late-review-refused');
    await s.usePolicy();
  });
});
