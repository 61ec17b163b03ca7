import { eventually, listQuery } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText } from '../harness/pdf';
import { minimalPdf } from '../harness/pdf';
import { decorationStack, localDate, type DecorationStack } from './support';

/** Permits, passes, fees, supervision and the household's file (DEC-3, DEC-4, DEC-5, DEC-7), on the real dev server and database. */
describe('decoration works', () => {
  let s: DecorationStack;

  beforeAll(async () => {
    s = await decorationStack();
    await s.usePolicy();
  });

  afterAll(() => s?.close());

  it("DEC-3 a numbered permit with its validity and a pass per worker (name, masked ID, validity, code) that the gate lets through", async () => {
    const home = await s.household();
    const d = await s.active(home.id);
    expect(d.permitNumber).toMatch(/^ZS\d{4}-\d{6}$/);
    expect(d.workers).toHaveLength(2);
    expect(d.workers[0].idNumber).toBe('330106********1234');
    const pass = d.workers[0].pass!;
    expect(pass.number).toMatch(/^ZX\d{4}-\d{6}$/);
    expect(Date.parse(pass.validTo)).toBeGreaterThan(Date.parse(`${localDate(30)}T23:00:00+08:00`));
    const atGate = await s.check(pass.code.toLowerCase());
    expect(atGate.body).toMatchObject({ result: 'VALID', pass: { holderName: '张师傅' } });
    expect((await s.check(pass.number)).body.result).toBe('VALID');
    // The printed permit and cards: the number, the worker, the masked ID, the code.
    const pdf = await s.download('reception', `/decorations/${d.id}/permit.pdf`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body);
    expect(text).toContain(d.permitNumber!);
    expect(text).toContain(pass.code);
    expect(text).not.toContain('330106198001011234');
    // The full ID number: a role that may read it, and the read is recorded; engineering may not.
    expect((await s.as.engineer.get(`/decoration-workers/${d.workers[0].id}/identity`)).status).toBe(403);
    const full = await s.as.supervisor.get(`/decoration-workers/${d.workers[0].id}/identity`);
    expect(full.body.idNumber).toBe('330106198001011234');
    expect(await s.prisma.accessRecord.count({ where: { resource: 'decorations', recordId: d.workers[0].id } })).toBe(1);
    await s.as.supervisor.post(`/cases/${d.caseId}/close`, { justification: '测试结束 end of test' });
  });

  it('DEC-4 the garbage clearance fee and the deposit are billed and collected on the ledger, and the deposit is refunded after the acceptance', async () => {
    const home = await s.household();
    const d = await s.active(home.id);
    const fee = await s.prisma.bill.findUniqueOrThrow({ where: { number: `${d.permitNumber}-G` }, include: { lines: true, allocations: { include: { payment: true } } } });
    expect(fee).toMatchObject({ householdId: home.id, status: 'PAID' });
    expect(Number(fee.amount)).toBe(300);
    expect(fee.lines[0].nameZh).toContain('装修垃圾清运费');
    expect(fee.allocations[0].payment.receiptNumber).toMatch(/^R\d{4}-\d{6}$/);
    const deposit = await s.prisma.bill.findUniqueOrThrow({ where: { number: `${d.permitNumber}-D` } });
    expect(deposit.status).toBe('PAID');
    expect(Number(deposit.amount)).toBe(2000);
    const ledger = await s.as.cashier.get(`/households/${home.id}/ledger`);
    expect(JSON.stringify(ledger.body)).toContain(`${d.permitNumber}-G`);
    expect((await s.get(d.id)).deposit).toBe('HELD');

    await s.accept(d, 'REFUND', '验收合格，退还押金');
    const done = await s.until(d.id, (v) => v.status === 'COMPLETED', 'completed');
    expect(done.deposit).toBe('REFUNDED');
    const refund = await s.prisma.refund.findUniqueOrThrow({ where: { billId: deposit.id } });
    expect(refund.number).toMatch(/^TK\d{4}-\d{6}$/);
    expect(Number(refund.amount)).toBe(2000);
    // The passes end with the works.
    expect((await s.check(d.workers[0].pass!.code)).body.result).toBe('EXPIRED');
    await recordHistory(s.temporal.client, await s.workflowOf(d.caseId!), 'decoration', 'accepted-deposit-refunded');
  });

  it('DEC-5 engineering and security are told and supervise; a violation stops the works at the gate until a supervisor lifts the stop', async () => {
    await s.usePolicy({ inspectEvery: 'PT2S', afterHours: { every: 'PT2S' } });
    const home = await s.household();
    const d = await s.active(home.id);
    const caseId = d.caseId!;
    for (const [key, department] of [['notice-engineering', 'ENGINEERING'], ['notice-security', 'SECURITY']]) expect((await s.task(caseId, key)).candidateDepartment).toBe(department);
    // Both departments are told by e-mail besides their inbox.
    const told = await eventually(async () => {
      const to = new Set(s.smtp.received.flatMap((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address))));
      return to.has('engineer@estate-desk.local') && to.has('security@estate-desk.local') ? to : undefined;
    }, 20_000, 'the start notices by e-mail');
    expect(told.size).toBeGreaterThan(1);
    expect((await s.task(caseId, 'inspection-1')).candidateDepartment).toBe('ENGINEERING');
    expect((await s.task(caseId, 'after-hours-1')).candidateDepartment).toBe('SECURITY');
    await s.usePolicy();

    // Security finds a violation on the evening check, with a photo on the case.
    const photo = new FormData();
    photo.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'wall.pdf');
    photo.append('note', '拆墙现场');
    const attachment = await s.as.security.post(`/cases/${caseId}/attachments`, photo);
    expect(attachment.status).toBe(201);
    const reported = await s.as.security.post(`/decorations/${d.id}/violations`, { notes: '夜间施工并擅自拆墙', attachmentIds: [attachment.body.id] });
    expect(reported.status).toBe(200);
    expect(reported.body.status).toBe('STOPPED');
    const code = d.workers[1].pass!.code;
    expect((await s.check(code)).body).toMatchObject({ result: 'STOPPED', pass: { stopReason: '夜间施工并擅自拆墙' } });
    // Nobody but a supervisor lifts it, and only with a reason; the works cannot be finished meanwhile.
    expect((await s.as.security.post(`/decorations/${d.id}/lift-stop`, { reason: '已整改' })).status).toBe(403);
    expect((await s.as.supervisor.post(`/decorations/${d.id}/lift-stop`, { reason: ' ' })).status).toBe(400);
    expect((await s.as.engineer.post(`/decorations/${d.id}/finish`)).status).toBe(409);
    expect((await s.check(code)).body.result).toBe('STOPPED');
    const lifted = await s.as.supervisor.post(`/decorations/${d.id}/lift-stop`, { reason: '已恢复墙体并补办手续' });
    expect(lifted.status).toBe(200);
    expect(lifted.body.status).toBe('ACTIVE');
    expect((await s.check(code)).body.result).toBe('VALID');
    const violation = await s.prisma.decorationViolation.findFirstOrThrow({ where: { decorationId: d.id } });
    expect(violation).toMatchObject({ notes: '夜间施工并擅自拆墙', attachmentIds: [attachment.body.id], liftReason: '已恢复墙体并补办手续' });

    // Completion: the acceptance, the passes expire, the deposit kept with its reason.
    // The acceptance task is not done until the inspection is walked and confirmed: completed early, it comes back.
    expect((await s.as.engineer.post(`/decorations/${d.id}/finish`)).status).toBe(200);
    await s.complete(s.as.engineer, caseId, 'acceptance', { deposit: 'KEEP', notes: '先完成任务' });
    expect((await s.task(caseId, 'acceptance-2')).titleEn).toContain('Still missing');
    const walk = (await s.get(d.id)).acceptance!;
    const items = (await s.as.engineer.get(`/inspections/${walk.id}`)).body.items as { id: number; code: string }[];
    for (const item of items) await s.as.engineer.put(`/inspections/${walk.id}/items/${item.id}`, item.code === 'CORRIDOR' ? { condition: 'DEFECT', note: '走道地砖被砸裂两块' } : { condition: 'GOOD' });
    for (const [party, name] of [['OWNER', '王芳'], ['MAINTENANCE', '赵强']]) await s.as.engineer.post(`/inspections/${walk.id}/confirm`, { party, name });
    await s.complete(s.as.engineer, caseId, 'acceptance-2', { deposit: 'KEEP', notes: '损坏公共走道地砖，押金抵扣修复' });
    const done = await s.until(d.id, (v) => v.status === 'COMPLETED', 'completed');
    expect(done).toMatchObject({ deposit: 'KEPT', depositReason: '损坏公共走道地砖，押金抵扣修复' });
    expect((await s.prisma.timelineEntry.findFirstOrThrow({ where: { caseId, type: 'DECORATION_COMPLETED' } })).data).toMatchObject({ result: 'DEFECTS', deposit: 'KEPT' });
    expect((await s.check(code)).body.result).toBe('EXPIRED');
    expect(await s.prisma.task.count({ where: { caseId, status: 'OPEN' } })).toBe(0);
    await recordHistory(s.temporal.client, await s.workflowOf(caseId), 'decoration', 'stopped-lifted-defect-deposit-kept');
  });

  it('DEC-5 a permit that ends before the works are reported finished: the passes expire and the desk follows it up', async () => {
    const home = await s.household();
    const d = await s.apply(home.id);
    for (const item of d.checklist.items) expect((await s.checkItem(d.checklistId, item.code)).status).toBe(200);
    // The permit's last moment a few seconds away (the form only takes whole days).
    await s.prisma.decoration.update({ where: { id: d.id }, data: { worksTo: new Date(Date.now() + 5_000) } });
    const filed = (await s.as.reception.post(`/decorations/${d.id}/file`)).body as { caseId: number };
    await s.complete(s.as.engineer, filed.caseId, 'plan-review', { decision: 'APPROVED', note: '符合规定' });
    await s.complete(s.as.cashier, filed.caseId, 'collect', { method: 'CASH' });
    const active = await s.until(d.id, (v) => v.status === 'ACTIVE' && v.workers.every((w) => w.pass), 'active');
    const followUp = await s.task(filed.caseId, 'permit-ended');
    expect(followUp).toMatchObject({ candidateRole: 'RECEPTION', status: 'OPEN' });
    expect((await s.check(active.workers[0].pass!.code)).body.result).toBe('EXPIRED');
    await s.complete(s.as.reception, filed.caseId, 'permit-ended', { contacted: true, note: '业主称已完工，申请验收' });
    await s.accept({ id: d.id, caseId: filed.caseId }, 'REFUND', '验收合格');
    await s.until(d.id, (v) => v.status === 'COMPLETED', 'completed');
    await recordHistory(s.temporal.client, await s.workflowOf(filed.caseId), 'decoration', 'permit-ended-then-accepted');
  });

  it("DEC-7 the decoration is on the household's file, and the figures count applications, approvals, violations, active works and gate checks", async () => {
    const from = localDate(0);
    const to = localDate(1);
    const before = (await s.as.supervisor.get(`/decorations/figures?from=${from}&to=${to}`)).body;
    const home = await s.household();
    const d = await s.active(home.id);
    await s.check(d.workers[0].pass!.code);
    await s.as.security.post(`/decorations/${d.id}/violations`, { notes: '占用消防通道堆放材料' });
    const after = (await s.as.supervisor.get(`/decorations/figures?from=${from}&to=${to}`)).body;
    expect(after.applications - before.applications).toBe(1);
    expect(after.timing.ON_THE_SPOT - before.timing.ON_THE_SPOT).toBe(1);
    expect(after.violations - before.violations).toBe(1);
    expect(after.gateChecks - before.gateChecks).toBe(1);
    expect(after.activeByBuilding.find((b: { buildingId: number }) => b.buildingId === s.building.id)).toMatchObject({ active: 1, stopped: 1 });
    // The household's file: its decorations, the documents and the timeline of its case.
    const mine = await s.as.reception.get(`/decorations${listQuery({ filter: { householdId: home.id } })}`);
    expect((mine.body as { id: number; permitNumber: string }[]).map((r) => r.permitNumber)).toEqual([d.permitNumber]);
    expect(await s.prisma.document.count({ where: { householdId: home.id, kind: 'ID_COPY' } })).toBe(1);
    expect((await s.prisma.case.findUniqueOrThrow({ where: { id: d.caseId! } })).householdId).toBe(home.id);
    expect((await s.as.reception.get('/decorations/figures?from=2026-13-01&to=2026-12-01')).status).toBe(400);
    await s.as.supervisor.post(`/cases/${d.caseId}/close`, { justification: '测试结束 end of test' });
  });
});
