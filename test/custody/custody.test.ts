import { eventually } from '../harness';
import { recordHistory } from '../harness/histories';
import { custodyStack, type CustodyStack } from './support';

/** Custody of a vacant unit (MOV-7, FEE-8) on the real dev server and database, with durations of seconds. */
describe('custody of a vacant unit', () => {
  let s: CustodyStack;

  beforeAll(async () => {
    s = await custodyStack();
    await s.usePolicy();
  });

  afterAll(() => s?.close());

  const messagesOf = (householdId: number, template: string) => s.prisma.message.findMany({ where: { householdId, template } });

  it('MOV-7 a meter reading over the limits since the start raises an alert task and tells the owner', async () => {
    const home = await s.owner();
    const custody = await s.start(home.id);
    // A reading below the start is refused, naming the meter, and nothing is recorded.
    const below = await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 99, electricity: 510 });
    expect(below.status).toBe(400);
    expect(below.body.errors).toEqual([expect.objectContaining({ field: 'water' })]);
    // Within the limits (water 3 of 5, electricity 10 of 20): no alert.
    const within = await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 103, electricity: 510 });
    expect(within.status).toBe(201);
    // Water 6 units since the start: over the limit of 5.
    const over = await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 106, electricity: 512, requestId: `reading-${custody.id}-over` });
    expect(over.status).toBe(201);
    expect(over.body.readings).toHaveLength(2);
    const overReading = over.body.readings.find((r: { water: number }) => r.water === 106);
    const alert = await s.task(custody.caseId, `alert-${overReading.id}`);
    expect(alert).toMatchObject({ candidateRole: 'SERVICE_COMMISSIONER', status: 'OPEN' });
    expect(alert.titleZh).toContain('用水 6 吨');
    const told = await eventually(async () => (await messagesOf(home.id, 'custody-alert')).find((m) => m.channel === 'SMS'), 20_000, 'owner told');
    expect(told.body).toContain('6');
    expect(told.recipient).toBe('13700002222');
    const withinReading = within.body.readings.find((r: { water: number }) => r.water === 103);
    expect(await s.prisma.task.findUnique({ where: { caseId_key: { caseId: custody.caseId, key: `alert-${withinReading.id}` } } })).toBeNull();
    // The same reading submitted twice is one reading and one alert.
    const again = await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 106, electricity: 512, requestId: `reading-${custody.id}-over` });
    expect(again.status).toBe(201);
    expect(await s.prisma.custodyReading.count({ where: { custodyId: custody.id } })).toBe(2);
    await s.complete(s.as.commissioner, custody.caseId, `alert-${overReading.id}`, { cause: 'LEAK', action: '卫生间水管渗漏，已关闭总阀并报修。', ownerContacted: true });
    const figures = await s.as.supervisor.get('/custody/figures');
    expect(figures.body.units.find((u: { custodyId: number }) => u.custodyId === custody.id)).toMatchObject({ alerts: 1, waterUsed: 6 });
    await s.end(custody);
    await recordHistory(s.temporal.client, await s.workflowOf(custody.caseId), 'custody', 'alert-then-ended');
  });

  it("MOV-7 a heavy-rain warning gives every unit in custody a patrol before and one after the rain; a problem found becomes a repair order and the owner is told", async () => {
    const [a, b] = [await s.owner('孙一'), await s.owner('孙二')];
    const [ca, cb] = [await s.start(a.id), await s.start(b.id)];
    // Only a supervisor records a warning.
    expect((await s.as.reception.post('/rain-warnings', { note: '暴雨预警', expectedEnd: new Date(Date.now() + 3_600_000).toISOString() })).status).toBe(403);
    const warned = await s.as.supervisor.post('/rain-warnings', { note: '气象台暴雨黄色预警', expectedEnd: new Date(Date.now() + 3_600_000).toISOString() });
    expect(warned.status).toBe(201);
    const w = warned.body.id as number;
    for (const c of [ca, cb]) expect(await s.task(c.caseId, `patrol-rain-${w}-before`)).toMatchObject({ status: 'OPEN', candidateRole: 'SERVICE_COMMISSIONER' });
    // Before the rain: unit A's balcony drain is blocked.
    await s.complete(s.as.commissioner, ca.caseId, `patrol-rain-${w}-before`, { result: 'PROBLEM', findings: '阳台地漏堵塞，雨水可能倒灌。', category: 'LEAK' });
    await s.complete(s.as.commissioner, cb.caseId, `patrol-rain-${w}-before`, { result: 'OK', findings: '门窗关闭，外墙无异常。' });
    const order = await eventually(() => s.prisma.repairOrder.findFirst({ where: { householdId: a.id } }).then((o) => o ?? undefined), 20_000, 'repair order');
    expect(order).toMatchObject({ channel: 'PROCESS', kind: 'FREE', category: 'LEAK' });
    expect(order.source).toMatchObject({ process: 'custody', caseId: ca.caseId });
    const told = await eventually(async () => (await messagesOf(a.id, 'custody-problem'))[0], 20_000, 'owner told');
    expect(told.body).toContain(order.serial);
    expect(await s.prisma.repairOrder.count({ where: { householdId: b.id } })).toBe(0);
    // The patrols after the rain go out when the supervisor records it over.
    expect((await s.as.supervisor.post(`/rain-warnings/${w}/over`)).status).toBe(201);
    for (const c of [ca, cb]) expect(await s.task(c.caseId, `patrol-rain-${w}-after`)).toMatchObject({ status: 'OPEN' });
    const patrols = await eventually(async () => {
      const rows = await s.prisma.custodyPatrol.findMany({ where: { rainWarningId: w, custodyId: { in: [ca.id, cb.id] } } });
      return rows.length === 4 ? rows : undefined;
    }, 20_000, 'four rain patrols');
    expect(patrols.map((p) => `${p.custodyId}:${p.kind}`).sort()).toEqual([`${ca.id}:RAIN_AFTER`, `${ca.id}:RAIN_BEFORE`, `${cb.id}:RAIN_AFTER`, `${cb.id}:RAIN_BEFORE`].sort());
    expect(patrols.find((p) => p.custodyId === ca.id && p.kind === 'RAIN_BEFORE')).toMatchObject({ problem: true, repairOrderId: order.id });
    await s.end(ca);
    await s.end(cb);
    // An ended custody's open patrol is withdrawn.
    expect((await s.task(cb.caseId, `patrol-rain-${w}-after`)).status).toBe('CANCELLED');
    await recordHistory(s.temporal.client, await s.workflowOf(ca.caseId), 'custody', 'rain-patrols-repair-ended');
    await recordHistory(s.temporal.client, `rain-warning-${w}`, 'rain-warning', 'before-and-after');
  });

  it('MOV-7 the exterior is patrolled on the custody\'s own weekly timer, a task per unit each time', async () => {
    await s.usePolicy({ patrolEvery: 'PT3S' });
    const home = await s.owner();
    const custody = await s.start(home.id);
    await s.usePolicy();
    await s.complete(s.as.commissioner, custody.caseId, 'patrol-weekly-1', { result: 'OK', findings: '外观正常。' });
    expect(await s.task(custody.caseId, 'patrol-weekly-2')).toMatchObject({ status: 'OPEN' });
    await eventually(async () => (await s.prisma.custodyPatrol.findFirst({ where: { custodyId: custody.id, key: 'weekly-1' } }))?.doneAt ?? undefined, 20_000, 'patrol recorded');
    await s.end(custody);
    await recordHistory(s.temporal.client, await s.workflowOf(custody.caseId), 'custody', 'weekly-patrols');
  });

  it('MOV-7 a patrol walks the custody-patrol inspection: a defect found becomes a repair order, the owner is told, and its meter readings are checked against the limits', async () => {
    await s.usePolicy({ patrolEvery: 'PT2S' });
    const home = await s.owner('周巡');
    const custody = await s.start(home.id);
    await s.usePolicy();
    const patrol = await eventually(() => s.prisma.custodyPatrol.findFirst({ where: { custodyId: custody.id, key: 'weekly-1', inspectionId: { not: null } } }).then((p) => p ?? undefined), 20_000, 'patrol walk');
    const walk = (await s.as.commissioner.get(`/inspections/${patrol.inspectionId}`)).body as { template: string; items: { id: number; code: string; category: string }[] };
    expect(walk.template).toBe('custody-patrol');
    for (const item of walk.items) {
      const defect = item.code === 'SEEPAGE';
      const res = await s.as.commissioner.put(`/inspections/${patrol.inspectionId}/items/${item.id}`, defect ? { condition: 'DEFECT', note: '北侧窗台墙角有渗水痕迹。' } : { condition: 'GOOD' });
      expect([res.status, item.code]).toEqual([200, item.code]);
    }
    const meters = await s.as.commissioner.put(`/inspections/${patrol.inspectionId}/meters`, { readings: { WATER: 108, ELECTRICITY: 510, GAS: 3 } });
    if (meters.status !== 200) throw new Error(`meters refused: ${JSON.stringify(meters.body)}`);
    expect((await s.as.commissioner.post(`/inspections/${patrol.inspectionId}/confirm`, { party: 'PATROL', name: '刘洋' })).status).toBe(200);
    await s.complete(s.as.commissioner, custody.caseId, 'patrol-weekly-1', { result: 'OK', findings: '外观正常。' });
    const order = await eventually(() => s.prisma.repairOrder.findFirst({ where: { householdId: home.id } }).then((o) => o ?? undefined), 20_000, 'repair order');
    expect(order).toMatchObject({ category: 'LEAK', kind: 'FREE', channel: 'PROCESS' });
    const told = await eventually(async () => (await messagesOf(home.id, 'custody-problem'))[0], 20_000, 'owner told');
    expect(told.body).toContain(order.serial);
    expect(await s.prisma.custodyPatrol.findUniqueOrThrow({ where: { id: patrol.id } })).toMatchObject({ problem: true, repairOrderId: order.id });
    // Water 8 units since the start on the walk's meters: over the limit, an alert like any reading's.
    const reading = await s.prisma.custodyReading.findUniqueOrThrow({ where: { requestId: `custody-${custody.id}-weekly-1-walk` } });
    expect(Number(reading.waterUsed)).toBe(8);
    expect(await s.task(custody.caseId, `alert-${reading.id}`)).toMatchObject({ status: 'OPEN' });
    await s.end(custody, 108, 510);
    await recordHistory(s.temporal.client, await s.workflowOf(custody.caseId), 'custody', 'patrol-walked');
  });

  it('MOV-7 a custody that outlives its history continues as new and goes on watching its meters until the owner ends it', async () => {
    await s.usePolicy({ historyLimit: 20 });
    const home = await s.owner('常在');
    const custody = await s.start(home.id);
    await s.usePolicy();
    const workflowId = await s.workflowOf(custody.caseId);
    const handle = s.temporal.client.workflow.getHandle(workflowId);
    const first = (await handle.describe()).runId;
    expect((await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 101, electricity: 502 })).status).toBe(201);
    await eventually(async () => ((await handle.describe()).runId !== first ? true : undefined), 20_000, 'continued as new');
    const over = await s.as.reception.post(`/custody/${custody.id}/readings`, { water: 101, electricity: 525 });
    const reading = over.body.readings.find((r: { electricity: number }) => r.electricity === 525);
    expect(await s.task(custody.caseId, `alert-${reading.id}`)).toMatchObject({ status: 'OPEN' });
    await s.end(custody, 101, 525);
    expect(await s.prisma.custody.findUniqueOrThrow({ where: { id: custody.id } })).toMatchObject({ status: 'ENDED' });
    expect((await s.prisma.unit.findUniqueOrThrow({ where: { id: home.unitId } })).status).toBe('VACANT');
    await recordHistory(s.temporal.client, workflowId, 'custody', 'continued-as-new-then-ended');
  });

  it('MOV-7 FEE-8 a unit in custody is billed 70% of the property fee in the next billing cycle, and 100% again after the custody ends', async () => {
    const existing = await s.prisma.chargeItem.findUnique({ where: { code: 'PROPERTY' } });
    if (!existing) {
      const res = await s.as.clerk.post('/charge-items', { code: 'PROPERTY', nameZh: '物业管理费', nameEn: 'Property management fee', basis: 'AREA', rate: 2, custodyReduced: true, sortOrder: 1 });
      expect(res.status).toBe(201);
    } else expect(existing.custodyReduced).toBe(true);
    const home = await s.owner();
    // The ratio is the custody's to switch: the reception does not put a unit in custody by hand.
    const byHand = await s.as.reception.put(`/units/${home.unitId}`, { status: 'CUSTODY' });
    expect([byHand.status, byHand.body.errors?.[0]?.field]).toEqual([400, 'status']);
    const custody = await s.start(home.id);
    await eventually(async () => (await s.prisma.unit.findUniqueOrThrow({ where: { id: home.unitId } })).status === 'CUSTODY', 20_000, 'unit in custody');
    // Nor out of it: the unit's status follows the custody's end.
    expect((await s.as.reception.put(`/units/${home.unitId}`, { status: 'OCCUPIED' })).status).toBe(409);
    const property = async (period: string) => {
      const run = await s.as.clerk.post('/billing-runs', { period });
      expect(run.status).toBe(201);
      await eventually(async () => (await s.prisma.billingRun.findUniqueOrThrow({ where: { id: run.body.id } })).status === 'COMPLETED', 60_000, `billing run ${period}`);
      const bill = await s.prisma.bill.findFirstOrThrow({ where: { householdId: home.id, period }, include: { lines: true } });
      return bill.lines.find((l) => l.code === 'PROPERTY')!;
    };
    const during = await property('2034-05');
    expect(Number(during.ratio)).toBe(0.7);
    expect(Number(during.amount)).toBeCloseTo(100 * Number(during.rate) * 0.7, 2);
    await s.end(custody, 102, 530);
    const ended = await s.prisma.custody.findUniqueOrThrow({ where: { id: custody.id } });
    expect(ended).toMatchObject({ status: 'ENDED' });
    expect([Number(ended.endWater), Number(ended.endElectricity)]).toEqual([102, 530]);
    expect((await s.prisma.unit.findUniqueOrThrow({ where: { id: home.unitId } })).status).toBe('VACANT');
    expect((await messagesOf(home.id, 'custody-ended')).length).toBe(1);
    const after = await property('2034-06');
    expect(Number(after.ratio)).toBe(1);
    expect(Number(after.amount)).toBeCloseTo(100 * Number(after.rate), 2);
  });

  it('MOV-7 one custody per unit: a double submit makes one, and a second agreement for a unit in custody is refused', async () => {
    const home = await s.owner();
    const requestId = `custody-${home.id}-twice`;
    const [one, two] = await Promise.all([s.start(home.id, { requestId }), s.start(home.id, { requestId })]);
    expect(two.id).toBe(one.id);
    const other = await s.as.reception.post('/custody', { householdId: home.id, agreementNo: 'TG-2', signedOn: '2026-01-05', water: 1, electricity: 1 });
    expect(other.status).toBe(409);
    expect(await s.prisma.custody.count({ where: { householdId: home.id } })).toBe(1);
    const future = await s.as.reception.post('/custody', { householdId: home.id, agreementNo: 'TG-3', signedOn: '2099-01-01', water: 1, electricity: 1 });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'signedOn' })]);
    await s.end(one);
  });
});
