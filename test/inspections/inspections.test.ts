import { DEFAULT_INSPECTION_TEMPLATES, MOVE_IN_TEMPLATE_CODE } from '../../apps/api/src/inspections/templates';
import { pdfText } from '../harness/pdf';
import { inspectionStack, PNG, type InspectionBody } from './support';

/** The inspection (core): through the API on the real database, its defects through the real repair process. */
describe('inspections (core)', () => {
  let s: Awaited<ReturnType<typeof inspectionStack>>;
  beforeAll(async () => {
    s = await inspectionStack();
  }, 60_000);
  afterAll(() => s?.close());

  it('MOV-5 an inspection walks every room and item of its template; a defect needs a note; both parties confirm only once every item and meter is recorded, then nothing changes', async () => {
    const { household, caseId } = await s.home();
    const inspection = await s.open(caseId, household.id);
    const template = DEFAULT_INSPECTION_TEMPLATES[MOVE_IN_TEMPLATE_CODE];
    expect(inspection.items).toHaveLength(template.rooms.reduce((n, r) => n + r.items.length, 0));
    expect(inspection.status).toBe('OPEN');

    const wall = inspection.items.find((i) => i.roomCode === 'LIVING' && i.code === 'WALLS')!;
    const noNote = await s.record(inspection.id, wall.id, { condition: 'DEFECT' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].field).toBe('note');
    expect((await s.record(inspection.id, wall.id, { condition: 'BROKEN' })).body.errors[0].field).toBe('condition');

    // Confirming before the walk is done is refused, naming what is missing.
    const early = await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'OWNER', name: '陈静' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('items');

    await s.walk(inspection, { 'LIVING/WALLS': '东墙裂缝约 30 厘米' });
    const photo = new FormData();
    photo.append('file', new Blob([new Uint8Array(PNG)]), '裂缝.png');
    photo.append('note', '东墙');
    const added = await s.as.engineer.post(`/inspections/${inspection.id}/items/${wall.id}/photos`, photo);
    expect(added.status).toBe(201);
    const withPhoto = (added.body as InspectionBody).items.find((i) => i.id === wall.id)!;
    expect(withPhoto.photos).toHaveLength(1);
    // The photo is an attachment of the case (the case attachments core).
    expect((await s.as.engineer.get(`/cases/${caseId}/attachments`)).body.map((a: { fileName: string }) => a.fileName)).toContain('裂缝.png');

    expect((await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'NEIGHBOUR', name: 'x' })).body.errors[0].field).toBe('party');
    const first = await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'MAINTENANCE', name: '维修员 刘强' });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('OPEN');
    // Once a party has confirmed, what they confirmed cannot change.
    expect((await s.record(inspection.id, wall.id, { condition: 'GOOD' })).status).toBe(409);
    const second = await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'OWNER', name: '陈静' });
    expect(second.body.status).toBe('CONFIRMED');
    expect((await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'OWNER', name: '陈静' })).status).toBe(409);

    // The printed report shows the defect, the meters and both confirmations.
    const pdf = await s.download('engineer', `/inspections/${inspection.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body);
    expect(text).toContain('东墙裂缝约 30 厘米');
    expect(text).toContain('120.2');
    expect(text).toContain('维修员 刘强');
    expect(text).toMatch(/业主 Owner: 陈静/);
  });

  it('MOV-6 each defect becomes one free repair order through the repair process, and is signed off only once rectified', async () => {
    const { household, caseId } = await s.home('王磊');
    const inspection = await s.open(caseId, household.id);
    await s.walk(inspection, { 'BATHROOM/DRAIN': '地漏排水慢', 'ENTRANCE/DOOR': '门锁卡滞' });
    // Not before both parties have confirmed what was found.
    expect((await s.as.engineer.post(`/inspections/${inspection.id}/repairs`, { reporterName: '王磊', phone: '13900002222' })).status).toBe(409);
    await s.confirmBoth(inspection.id, '王磊');

    const opened = await s.as.engineer.post(`/inspections/${inspection.id}/repairs`, { reporterName: '王磊', phone: '13900002222' });
    expect(opened.status).toBe(200);
    const defects = opened.body as { id: number; code: string; repairOrder: { id: number; serial: string; caseId: number } }[];
    expect(defects).toHaveLength(2);
    const orders = await s.prisma.repairOrder.findMany({ where: { id: { in: defects.map((d) => d.repairOrder.id) } } });
    expect(orders.map((o) => [o.kind, o.channel, o.householdId])).toEqual([
      ['FREE', 'PROCESS', household.id],
      ['FREE', 'PROCESS', household.id],
    ]);
    // Asked again (a retry), nothing more is opened.
    await s.as.engineer.post(`/inspections/${inspection.id}/repairs`, { reporterName: '王磊', phone: '13900002222' });
    expect(await s.prisma.repairOrder.count({ where: { householdId: household.id } })).toBe(2);

    const drain = defects.find((d) => d.code === 'DRAIN')!;
    const early = await s.as.engineer.post(`/inspections/${inspection.id}/items/${drain.id}/sign-off`, { name: '王磊' });
    expect(early.status).toBe(409);
    // Maintenance visits and records the work on the repair order.
    await s.complete(s.as.engineer, drain.repairOrder.caseId, 'arrive', { arrived: true });
    await s.complete(s.as.engineer, drain.repairOrder.caseId, 'work', { workDone: '疏通地漏', hours: 1, residentConfirmed: true });
    const signed = await s.as.engineer.post(`/inspections/${inspection.id}/items/${drain.id}/sign-off`, { name: '王磊', note: '复验合格' });
    expect(signed.status).toBe(200);
    expect((signed.body as InspectionBody).items.find((i) => i.id === drain.id)!.signedOffAt).not.toBeNull();
    expect((await s.as.engineer.post(`/inspections/${inspection.id}/items/${drain.id}/sign-off`, { name: '王磊' })).status).toBe(409);
  });

  it('MOV-5 the templates are policy data: a new template saved by a manager is walked like the shipped one; unknown templates and cases are refused', async () => {
    const { household, caseId } = await s.home('赵云');
    const patrol = { name: { zh: '外观巡查', en: 'Exterior patrol' }, parties: [{ code: 'PATROL', label: { zh: '巡查员', en: 'Patrol' } }], meters: ['WATER'], rooms: [{ code: 'OUTSIDE', name: { zh: '外观', en: 'Outside' }, items: [{ code: 'WINDOWS', label: { zh: '门窗', en: 'Windows' }, category: 'DOORS' }] }] };
    const saved = await s.as.supervisor.post('/policies', { key: 'inspection-templates', data: { 'test-patrol': patrol }, note: 'test' });
    expect(saved.status).toBe(201);
    const inspection = await s.open(caseId, household.id, 'test-patrol');
    expect(inspection.items.map((i) => i.code)).toEqual(['WINDOWS']);
    expect((await s.record(inspection.id, inspection.items[0].id, { condition: 'GOOD' })).status).toBe(200);
    // It reads the water meter only: a gas reading is refused, the water reading kept.
    const gas = await s.as.engineer.put(`/inspections/${inspection.id}/meters`, { readings: { WATER: 3, GAS: 1 } });
    expect([gas.status, gas.body.errors?.[0]?.field]).toEqual([400, 'readings.GAS']);
    const water = await s.as.engineer.put(`/inspections/${inspection.id}/meters`, { readings: { WATER: 12.5 } });
    expect([water.status, water.body.meterReadings]).toEqual([200, { WATER: 12.5 }]);
    expect((await s.as.engineer.post(`/inspections/${inspection.id}/confirm`, { party: 'PATROL', name: '保安 张三' })).body.status).toBe('CONFIRMED');
    // The shipped templates stay in force beside it.
    expect((await s.as.engineer.get('/inspection-templates')).body.map((t: { code: string }) => t.code)).toEqual(expect.arrayContaining(['move-in', 'test-patrol']));

    expect((await s.as.engineer.post('/inspections', { template: 'nothing-here', caseId, householdId: household.id })).body.errors[0].field).toBe('template');
    expect((await s.as.engineer.post('/inspections', { template: 'move-in', caseId: 2147483647, householdId: household.id })).body.errors[0].field).toBe('caseId');
    // Those who are not customer service or maintenance do not walk inspections.
    expect((await s.as.greening.post('/inspections', { template: 'move-in', caseId, householdId: household.id })).status).toBe(403);
  });
});
