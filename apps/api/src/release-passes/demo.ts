import { createPrismaClient } from '../../../../prisma/client';

const HOUR = 3600_000;
/** A 1×1 PNG: the demo's stand-in for a scanned document. */
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Item release passes for a new installation (REC-3), made through the API as the reception would: an owner's
 * pass issued for today, and a tenant's application waiting for the owner's consent. Sign in as `security`
 * and open 门岗核验 / Gate check to check the issued one. Nothing is added once any release pass exists.
 */
export async function seedDemoReleasePasses(apiUrl: string, credentials: Record<string, string>, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.releasePass.count()) > 0) return;
    const owner = await prisma.household.findFirst({ where: { occupancy: 'OWNER', partyType: 'INDIVIDUAL' }, orderBy: { id: 'asc' } });
    const tenant = await prisma.household.findFirst({ where: { occupancy: 'TENANT' }, orderBy: { id: 'asc' } });
    if (!owner || !tenant) return;
    const login = await fetch(`${apiUrl}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'reception', password: credentials.reception }) });
    const { token } = (await login.json()) as { token: string };
    const call = async (path: string, body?: unknown) => {
      const form = body instanceof FormData;
      const res = await fetch(`${apiUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, ...(form ? {} : { 'Content-Type': 'application/json' }) },
        body: form ? body : JSON.stringify(body ?? {}),
      });
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: number; checklistId: number; pass: { number: string } | null }>;
    };
    const window = { validFrom: new Date(Date.now() - HOUR).toISOString(), validTo: new Date(Date.now() + 8 * HOUR).toISOString() };
    const mine = await call('/release-passes', { householdId: owner.id, applicantKind: 'OWNER', applicantName: owner.name, applicantPhone: owner.phone, items: [{ name: '旧沙发', quantity: 1 }, { name: '纸箱', quantity: 5 }], vehicle: '粤B·D2046', ...window });
    const scan = new FormData();
    scan.append('file', new Blob([new Uint8Array(SCAN)], { type: 'image/png' }), 'owner-id.png');
    await call(`/checklists/${mine.checklistId}/items/OWNER_ID/check`, scan);
    const issued = await call(`/release-passes/${mine.id}/issue`);
    await call('/release-passes', { householdId: tenant.id, applicantKind: 'TENANT', applicantName: tenant.name, applicantPhone: tenant.phone, items: [{ name: '冰箱', quantity: 1 }], ...window });
    say(`Item release passes: ${issued.pass?.number ?? ''} issued for today (check it at the gate as security), a tenant's application waiting for the owner's consent.`);
  } finally {
    await prisma.$disconnect();
  }
}
