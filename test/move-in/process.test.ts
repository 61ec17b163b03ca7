import { pdfText } from '../harness/pdf';
import { eventually } from '../harness';
import { localDate, moveInStack } from './support';

/** The move-in process (MOV-1..MOV-6, MOV-8) on the real dev server and database, through the API. */
describe('move-in', () => {
  let s: Awaited<ReturnType<typeof moveInStack>>;
  beforeAll(async () => {
    s = await moveInStack();
  }, 60_000);
  afterAll(() => s?.close());

  it('MOV-1 a proxy without the owner\'s power of attorney does not get past the documents; with it the move-in goes on; a tenant is not who moves in', async () => {
    const home = await s.household('李娜');
    const tenant = await s.as.reception.post('/move-ins', { householdId: home.id, applicantKind: 'TENANT', applicantName: '租客', applicantPhone: '13900005555' });
    expect(tenant.status).toBe(400);
    expect(tenant.body.errors[0].field).toBe('applicantKind');
    expect(await s.prisma.moveIn.count({ where: { householdId: home.id } })).toBe(0);

    const m = await s.open({ householdId: home.id, applicantKind: 'PROXY', applicantName: '张受托' });
    expect(m.checklist.items.map((i) => i.code)).toEqual(['OWNER_ID', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT', 'POWER_OF_ATTORNEY', 'PROXY_ID']);
    for (const code of ['OWNER_ID', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT', 'PROXY_ID']) await s.checkItem(m.checklistId, code);
    await s.complete('reception', m.caseId, 'documents', { documentsChecked: true });
    // The step is not passed: the task comes back naming the power of attorney; no registration is asked for.
    const again = await s.task(m.caseId, 'documents-2');
    expect(again.titleEn).toContain("Owner's power of attorney");
    expect(await s.prisma.task.findUnique({ where: { caseId_key: { caseId: m.caseId, key: 'registration' } } })).toBeNull();

    await s.checkItem(m.checklistId, 'POWER_OF_ATTORNEY');
    await s.complete('reception', m.caseId, 'documents-2', { documentsChecked: true });
    await s.task(m.caseId, 'registration');
    await s.record(m.caseId, 'proxy-power-of-attorney-late');
    // Every scan is on the household's file.
    const kinds = (await s.prisma.document.findMany({ where: { householdId: home.id }, orderBy: { id: 'asc' } })).map((d) => d.kind);
    expect(kinds).toEqual(['ID_COPY', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT', 'ID_COPY', 'POWER_OF_ATTORNEY']);
  });

  it('MOV-1 a company brings its certificate and a personal ID besides the notice and contract; a double submit opens one move-in', async () => {
    const home = await s.household('星辰科技有限公司');
    const body = { householdId: home.id, applicantKind: 'COMPANY', applicantName: '经办人 周敏', applicantPhone: '13900007777', requestId: `move-in-${home.id}-company` };
    const [a, b] = await Promise.all([s.as.reception.post('/move-ins', body), s.as.reception.post('/move-ins', body)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await s.prisma.moveIn.count({ where: { householdId: home.id } })).toBe(1);
    expect((a.body.checklist.items as { code: string }[]).map((i) => i.code)).toEqual(['COMPANY_CERTIFICATE', 'PERSONAL_ID', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT']);
  });

  it('MOV-2 the registration form completes the household with its members and contacts and records the agreements; the step waits for it', async () => {
    // A unit on the buyers' list with no household yet: the move-in creates it, the form completes it.
    const unit = await s.unit();
    const m = await s.open({ unitId: unit.id, applicantName: '韩梅', applicantPhone: '13900006666' });
    for (const item of m.checklist.items) await s.checkItem(m.checklistId, item.code);
    await s.complete('reception', m.caseId, 'documents', { documentsChecked: true });
    await s.complete('reception', m.caseId, 'registration', { registered: true });
    expect((await s.task(m.caseId, 'registration-2')).titleEn).toContain('registration form');

    const wrong = await s.as.reception.post(`/move-ins/${m.id}/registration`, { ...s.registration, agreements: ['NO_SUCH_THING'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('agreements');
    expect((await s.as.reception.post(`/move-ins/${m.id}/registration`, { ...s.registration, name: '韩梅' })).status).toBe(200);
    expect((await s.as.reception.post(`/move-ins/${m.id}/registration`, s.registration)).status).toBe(409);
    const household = await s.prisma.household.findUniqueOrThrow({ where: { id: m.householdId }, include: { members: true, contacts: true } });
    expect(household.unitId).toBe(unit.id);
    expect(household.moveInDate).not.toBeNull();
    expect(household.members.map((x) => x.name)).toEqual(['王磊']);
    expect(household.contacts.map((x) => [x.name, x.emergency])).toEqual([['陈母', true]]);
    await s.complete('reception', m.caseId, 'registration-2', { registered: true });
    await s.task(m.caseId, 'issue');
  });

  it('MOV-3 keys by kind and count, the handbook and the diagrams are issued with the resident\'s receipt; the key register shows every key', async () => {
    const home = await s.household('孙伟');
    const m = await s.open({ householdId: home.id, applicantName: '孙伟' });
    const noHandbook = await s.as.reception.post(`/move-ins/${m.id}/issue`, { ...s.issue, items: s.issue.items.filter((i) => i.code !== 'HANDBOOK') });
    expect(noHandbook.status).toBe(400);
    expect(noHandbook.body.errors[0].field).toBe('items');
    expect((await s.as.reception.post(`/move-ins/${m.id}/issue`, { ...s.issue, receivedBy: '孙伟' })).status).toBe(200);
    const register = (await s.as.reception.get(`/move-in-keys?householdId=${home.id}`)).body as { code: string; count: number; receivedBy: string }[];
    expect(register.map((k) => [k.code, k.count, k.receivedBy]).sort()).toEqual([
      ['KEY_ACCESS_CARD', 2, '孙伟'],
      ['KEY_DOOR', 3, '孙伟'],
      ['KEY_MAILBOX', 2, '孙伟'],
    ]);
    expect((await s.as.reception.post(`/move-ins/${m.id}/issue`, s.issue)).status).toBe(409);
  });

  it('MOV-4 the property fee due at move-in is billed on the household\'s ledger and collected by the cashier with a receipt', async () => {
    const home = await s.household('周杰');
    const m = await s.open({ householdId: home.id, applicantName: '周杰' });
    await s.upToInspection(m);
    const row = await s.prisma.moveIn.findUniqueOrThrow({ where: { id: m.id } });
    const bill = await s.prisma.bill.findUniqueOrThrow({ where: { id: row.feeBillId! } });
    // 3 months × 100 m² × the property fee rate (1.80 a m² unless the charge item says otherwise).
    const item = await s.prisma.chargeItem.findUnique({ where: { code: 'PROPERTY' } });
    expect(Number(bill.amount)).toBeCloseTo(3 * 100 * (item?.active ? Number(item.rate) : 1.8), 2);
    expect(bill.status).toBe('PAID');
    expect(bill.householdId).toBe(home.id);
    const payment = await s.prisma.payment.findFirstOrThrow({ where: { householdId: home.id } });
    expect(row.feeReceipt).toBe(payment.receiptNumber);
  });

  it('MOV-5 the inspection is walked item by item with the meters and confirmed by both; the step waits for both confirmations; its report shows them', async () => {
    const home = await s.household('吴昊');
    const m = await s.open({ householdId: home.id, applicantName: '吴昊' });
    const inspectionId = await s.upToInspection(m);
    await s.complete('engineer', m.caseId, 'inspection', { inspected: true });
    expect((await s.task(m.caseId, 'inspection-2')).titleEn).toContain("both parties' confirmation");
    await s.walk(inspectionId);
    await s.complete('engineer', m.caseId, 'inspection-2', { inspected: true });
    // No defects: the move-in is done.
    expect(await s.caseStatus(m.caseId)).toBe('CLOSED');
    expect((await s.prisma.moveIn.findUniqueOrThrow({ where: { id: m.id } })).stage).toBe('DONE');
    await s.record(m.caseId, 'no-defects');
    const pdf = await s.download('reception', `/inspections/${inspectionId}/report.pdf`);
    const text = pdfText(pdf.body);
    expect(text).toContain('维修员 赵强');
    expect(text).toContain('12.3');
  });

  it('MOV-6 each defect becomes a free repair order; rectified and re-checked, the owner is called for a re-inspection, and the case ends when every defect is signed off', async () => {
    const home = await s.household('郑爽');
    const m = await s.open({ householdId: home.id, applicantName: '郑爽' });
    const inspectionId = await s.upToInspection(m);
    await s.walk(inspectionId, { 'KITCHEN/DRAIN': '厨房下水慢', 'LIVING/WINDOWS': '客厅窗户关不严' });
    await s.complete('engineer', m.caseId, 'inspection', { inspected: true });
    const defects = await eventually(async () => {
      const d = (await s.as.reception.get(`/inspections/${inspectionId}/defects`)).body as { id: number; code: string; repairOrder: { id: number; caseId: number } | null }[];
      return d.every((x) => x.repairOrder) ? d : undefined;
    }, 20_000, 'repair orders');
    const orders = await s.prisma.repairOrder.findMany({ where: { id: { in: defects.map((d) => d.repairOrder!.id) } } });
    expect(orders.map((o) => o.kind)).toEqual(['FREE', 'FREE']);
    expect(orders.map((o) => o.category).sort()).toEqual(['DOORS', 'PLUMBING']);
    expect((await s.prisma.moveIn.findUniqueOrThrow({ where: { id: m.id } })).stage).toBe('WAITING_FOR_DEFECTS');

    // Maintenance says it is re-checked before the work is on the orders: the task comes back.
    await s.complete('engineer', m.caseId, 'recheck', { rechecked: true });
    await s.task(m.caseId, 'recheck-2');
    for (const d of defects) {
      await s.complete('engineer', d.repairOrder!.caseId, 'arrive', { arrived: true });
      await s.complete('engineer', d.repairOrder!.caseId, 'work', { workDone: '已整改', hours: 1, residentConfirmed: true });
    }
    await s.complete('engineer', m.caseId, 'recheck-2', { rechecked: true });
    // Customer service calls the owner, within a deadline; the owner gets the appointment by SMS.
    const call = await s.task(m.caseId, 'call-owner');
    expect(call.dueAt).not.toBeNull();
    await s.complete('commissioner', m.caseId, 'call-owner', { appointmentOn: localDate(1), appointmentTime: '10:00' });
    await eventually(() => s.prisma.message.findFirst({ where: { caseId: m.caseId, channel: 'SMS' } }).then((x) => x ?? undefined), 20_000, 'appointment SMS');

    // At the re-inspection the owner signs off one item only: the other goes round again.
    await s.task(m.caseId, 'reinspect');
    expect((await s.as.engineer.post(`/inspections/${inspectionId}/items/${defects[0].id}/sign-off`, { name: '郑爽' })).status).toBe(200);
    await s.complete('engineer', m.caseId, 'reinspect', { attended: true });
    await s.complete('engineer', m.caseId, 'recheck-r2', { rechecked: true });
    await s.complete('commissioner', m.caseId, 'call-owner-r2', { appointmentOn: localDate(2), appointmentTime: '15:30' });
    await s.task(m.caseId, 'reinspect-r2');
    expect((await s.prisma.case.findUniqueOrThrow({ where: { id: m.caseId } })).status).toBe('OPEN');
    expect((await s.as.engineer.post(`/inspections/${inspectionId}/items/${defects[1].id}/sign-off`, { name: '郑爽' })).status).toBe(200);
    await s.complete('engineer', m.caseId, 'reinspect-r2', { attended: true });
    expect(await s.caseStatus(m.caseId)).toBe('CLOSED');
    expect((await s.prisma.moveIn.findUniqueOrThrow({ where: { id: m.id } })).stage).toBe('DONE');
    await s.record(m.caseId, 'defects-signed-off-in-two-rounds');

    const board = (await s.as.reception.get('/move-ins/board')).body as { buildingId: number; DONE: number }[];
    expect(board.find((b) => b.buildingId === s.building.id)!.DONE).toBeGreaterThanOrEqual(1);
    const figures = (await s.as.reception.get(`/move-ins/defects?buildingId=${s.building.id}`)).body as { category: string; signedOff: number }[];
    expect(figures.find((f) => f.category === 'PLUMBING')!.signedOff).toBeGreaterThanOrEqual(1);
  });

  it('MOV-8 everything of the move-in is on the household\'s file: the scans, the registration, the keys, the fee receipt and the inspection report', async () => {
    const home = await s.household('冯雪');
    const m = await s.open({ householdId: home.id, applicantName: '冯雪' });
    const inspectionId = await s.upToInspection(m);
    await s.walk(inspectionId);
    await s.complete('engineer', m.caseId, 'inspection', { inspected: true });
    await s.caseStatus(m.caseId);
    const docs = await s.prisma.document.findMany({ where: { householdId: home.id }, orderBy: { id: 'asc' } });
    expect(docs.map((d) => d.kind)).toEqual(['ID_COPY', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT', 'OTHER']);
    expect(docs[3].title).toContain('Move-in inspection report');
    const file = (await s.as.reception.get(`/move-ins?filter=${encodeURIComponent(JSON.stringify({ householdId: home.id }))}`)).body as { id: number; issues: unknown[]; feeReceipt: string }[];
    expect(file).toHaveLength(1);
    expect(file[0].issues).toHaveLength(6);
    expect(file[0].feeReceipt).toMatch(/\S/);
    expect((await s.prisma.member.count({ where: { householdId: home.id } }))).toBe(1);
  });
});
