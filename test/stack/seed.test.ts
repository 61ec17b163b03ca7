import { DEMO_ESTATE, DEMO_STAFF, seedEstate, seedStaff } from '../../prisma/seed';
import { testPrisma } from '../harness';
import type { PrismaClient } from '../../prisma/client';

describe('demo data of npm start', () => {
  let prisma: PrismaClient;
  beforeAll(() => (prisma = testPrisma()));
  afterAll(() => prisma.$disconnect());

  it('is one estate with 2 buildings, 200 units, owners, tenants and a company household', async () => {
    await seedEstate(prisma);
    const again = await seedEstate(prisma);
    expect(again.created).toBe(false);

    const estates = await prisma.estate.findMany({ where: { name: DEMO_ESTATE.name }, include: { buildings: true } });
    expect(estates).toHaveLength(1);
    const buildingIds = estates[0].buildings.map((b) => b.id);
    expect(buildingIds).toHaveLength(2);
    const inEstate = { unit: { buildingId: { in: buildingIds } } };
    expect(await prisma.unit.count({ where: { buildingId: { in: buildingIds } } })).toBe(200);
    expect(await prisma.household.count({ where: { ...inEstate, occupancy: 'OWNER' } })).toBeGreaterThan(150);
    expect(await prisma.household.count({ where: { ...inEstate, occupancy: 'TENANT' } })).toBeGreaterThan(10);
    expect(await prisma.household.count({ where: { ...inEstate, partyType: 'COMPANY' } })).toBe(1);
    expect(await prisma.unit.count({ where: { buildingId: { in: buildingIds }, status: 'CUSTODY' } })).toBeGreaterThan(0);
  });

  it('has one staff account for each role of the department', async () => {
    const credentials = Object.fromEntries(DEMO_STAFF.map((s) => [s.username, `pw-${s.username}`]));
    await seedStaff(prisma, credentials);
    const roles = new Set((await prisma.staff.findMany({ where: { username: { in: DEMO_STAFF.map((s) => s.username) } } })).map((s) => s.role));
    expect([...roles].sort()).toEqual(
      ['ADMIN', 'CASHIER', 'CS_SUPERVISOR', 'DEPT_STAFF', 'DEPT_SUPERVISOR', 'ENGINEER', 'INTERNAL_CLERK', 'OFFICE_DIRECTOR', 'RECEPTION', 'SERVICE_COMMISSIONER'].sort(),
    );
    // The departments that receive work from customer service have their own staff, not its commissioners.
    const greening = await prisma.staff.findUniqueOrThrow({ where: { username: 'greening' } });
    expect(greening).toMatchObject({ role: 'DEPT_STAFF', department: 'GREENING' });
  });
});
