import { createPrismaClient, type Household, type PrismaClient } from '../../prisma/client';
import type { Credentials } from '../../prisma/seed';
import { completeWhenOpen, demoApi } from './demo-api';

const DAY = 86_400_000;

/** The smallest file that parses as a PDF: the scan of a document checked at the desk. */
function scan(): Buffer {
  const head = '%PDF-1.4\n';
  const object = '1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  return Buffer.from(`${head}${object}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${head.length + object.length}\n%%EOF\n`);
}

/** Waits until the process has opened the move-in's inspection. */
async function inspectionOf(prisma: PrismaClient, moveInId: number): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const row = await prisma.moveIn.findUniqueOrThrow({ where: { id: moveInId } });
    if (row.inspectionId) return row.inspectionId;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the inspection of move-in ${moveInId} did not open`);
}

/**
 * A building being handed over for a new installation (MOV-1..MOV-6): B区3栋 with its buyers, and move-ins at each
 * stage, done through the API as the reception, the cashier and maintenance would: one booked for tomorrow, one at
 * the desk with its documents checked, one waiting for two defects to be repaired, and one done. Nothing is added
 * once any move-in exists.
 */
export async function seedDemoMoveIn(apiUrl: string, credentials: Credentials, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.moveIn.count()) > 0) return;
    const estate = await prisma.estate.findFirst({ orderBy: { id: 'asc' } });
    if (!estate) return;
    const building = await prisma.building.upsert({ where: { estateId_code: { estateId: estate.id, code: 'B3' } }, create: { estateId: estate.id, code: 'B3', name: 'B区3栋', floors: 18 }, update: {} });
    const buyers = [
      ['0801', '林晓', '13912340801'],
      ['0802', '高峰', '13912340802'],
      ['0901', '许静', '13912340901'],
      ['0902', '宋阳', '13912340902'],
    ] as const;
    const households: Household[] = [];
    for (const [number, name, phone] of buyers) {
      const unit = await prisma.unit.upsert({ where: { buildingId_number: { buildingId: building.id, number } }, create: { buildingId: building.id, number, floor: Number(number.slice(0, 2)), areaSqm: 98 }, update: {} });
      households.push((await prisma.household.findFirst({ where: { unitId: unit.id } })) ?? (await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name, phone } })));
    }

    const { call, upload } = demoApi(apiUrl, credentials);
    type MoveIn = { id: number; caseId: number; checklistId: number; checklist: { items: { code: string }[] } };
    const open = (h: (typeof households)[number], extra: Record<string, unknown> = {}) =>
      call<MoveIn>('reception', 'POST', '/move-ins', { householdId: h.id, applicantKind: 'OWNER', applicantName: h.name, applicantPhone: h.phone, requestId: `demo-move-in-${h.id}`, ...extra });
    const checkAll = async (m: MoveIn) => {
      for (const item of m.checklist.items) {
        await upload('reception', `/checklists/${m.checklistId}/items/${item.code}/check`, new Blob([new Uint8Array(scan())], { type: 'application/pdf' }), `${item.code}.pdf`);
      }
    };
    const complete = (who: string, caseId: number, key: string, formData: Record<string, unknown>) => completeWhenOpen(prisma, call, who, caseId, key, formData);
    const atTheDesk = async (m: MoveIn, name: string) => {
      await checkAll(m);
      await complete('reception', m.caseId, 'documents', { documentsChecked: true });
      await call('reception', 'POST', `/move-ins/${m.id}/registration`, { agreements: ['MANAGEMENT_AGREEMENT', 'RESIDENT_COVENANT', 'DECORATION_NOTICE'], members: [], contacts: [{ name: `${name}家属`, phone: '13800000000', emergency: true }] });
      await complete('reception', m.caseId, 'registration', { registered: true });
      await call('reception', 'POST', `/move-ins/${m.id}/issue`, { receivedBy: name, items: [{ code: 'KEY_DOOR', count: 3 }, { code: 'KEY_MAILBOX', count: 2 }, { code: 'KEY_ACCESS_CARD', count: 2 }, { code: 'HANDBOOK', count: 1 }, { code: 'WATER_DIAGRAM', count: 1 }, { code: 'ELECTRICITY_DIAGRAM', count: 1 }] });
      await complete('reception', m.caseId, 'issue', { issued: true });
      await complete('cashier', m.caseId, 'fee', { method: 'CARD' });
    };
    const walk = async (inspectionId: number, owner: string, defects: Record<string, string>) => {
      const inspection = await call<{ items: { id: number; roomCode: string; code: string }[] }>('engineer', 'GET', `/inspections/${inspectionId}`);
      for (const item of inspection.items) {
        const note = defects[`${item.roomCode}/${item.code}`];
        await call('engineer', 'PUT', `/inspections/${inspectionId}/items/${item.id}`, note ? { condition: 'DEFECT', note } : { condition: 'GOOD' });
      }
      await call('engineer', 'PUT', `/inspections/${inspectionId}/meters`, { readings: { WATER: 0.3, ELECTRICITY: 5.2, GAS: 0 } });
      await call('engineer', 'POST', `/inspections/${inspectionId}/confirm`, { party: 'MAINTENANCE', name: '赵强' });
      await call('engineer', 'POST', `/inspections/${inspectionId}/confirm`, { party: 'OWNER', name: owner });
    };

    await open(households[0], { appointmentAt: new Date(Date.now() + DAY).toISOString() });
    await checkAll(await open(households[1]));
    const waiting = await open(households[2]);
    await atTheDesk(waiting, households[2].name);
    await walk(await inspectionOf(prisma, waiting.id), households[2].name, { 'BATHROOM/WATERPROOF': '闭水试验后楼下天花有水印', 'BEDROOM/WINDOWS': '卧室窗扇关闭不严' });
    await complete('engineer', waiting.caseId, 'inspection', { inspected: true });
    const done = await open(households[3]);
    await atTheDesk(done, households[3].name);
    await walk(await inspectionOf(prisma, done.id), households[3].name, {});
    await complete('engineer', done.caseId, 'inspection', { inspected: true });
    say('Demo move-in: B区3栋 being handed over, with a move-in booked, one at the desk, one waiting for two defects and one done.');
  } finally {
    await prisma.$disconnect();
  }
}
