import { createPrismaClient } from '../../prisma/client';
import { demoApi } from './demo-api';

/**
 * A few vacant units in custody for a new installation (MOV-7), put in custody through the API as the reception
 * would: the agreement with the opening readings, a normal reading on one and a reading over the limits on
 * another (its alert task waits in the service commissioners' inbox and the owner has an SMS). Nothing is added
 * once any custody exists.
 */
export async function seedDemoCustody(apiUrl: string, credentials: Record<string, string>, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.custody.count()) > 0) return;
    const owners = await prisma.household.findMany({
      where: { occupancy: 'OWNER', partyType: 'INDIVIDUAL', active: true, unit: { status: { in: ['CUSTODY', 'VACANT'] } } },
      orderBy: { id: 'asc' },
      take: 3,
    });
    if (!owners.length) return;
    const { call } = demoApi(apiUrl, credentials);
    const signedOn = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const custodies = [];
    for (const [i, owner] of owners.entries()) {
      custodies.push(await call('reception', 'POST', '/custody', { householdId: owner.id, agreementNo: `TG-DEMO-${i + 1}`, signedOn, water: 120 + i * 10, electricity: 800 + i * 50, notes: '钥匙 2 把由客服中心保管。', requestId: `demo-custody-${owner.id}` }));
    }
    await call('reception', 'POST', `/custody/${custodies[0].id}/readings`, { water: 122, electricity: 806, requestId: `demo-reading-${custodies[0].id}` });
    if (custodies[1]) await call('reception', 'POST', `/custody/${custodies[1].id}/readings`, { water: 138, electricity: 861, requestId: `demo-reading-${custodies[1].id}` });
    say(`Demo custody: ${custodies.length} vacant units in custody, one with a meter alert waiting.`);
  } finally {
    await prisma.$disconnect();
  }
}
