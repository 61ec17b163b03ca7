import { seedDemoDecorations } from '../../scripts/stack/demo-decoration';
import { eventually, testConfig, unique } from '../harness';
import { decorationStack, type DecorationStack } from './support';

/** What `npm start` shows on a new installation: decorations at each stage, a worker's pass to check at the gate. */
describe('the demo decorations', () => {
  let s: DecorationStack;
  beforeAll(async () => {
    s = await decorationStack();
    await s.usePolicy();
    const estate = await s.prisma.estate.create({ data: { name: unique('estate'), address: '演示路 1 号' } });
    const building = await s.prisma.building.create({ data: { estateId: estate.id, code: '2', name: '2栋', floors: 10 } });
    for (const [i, occupancy] of (['TENANT', 'OWNER', 'OWNER', 'OWNER', 'OWNER', 'OWNER'] as const).entries()) {
      await s.prisma.household.create({ data: { occupancy, name: `演示${i}`, phone: '13800000000', unit: { create: { number: unique('2-').slice(0, 10), floor: 2, areaSqm: 90, buildingId: building.id } } } });
    }
  }, 60_000);
  afterAll(() => s?.close());

  it('DEC-7 npm start seeds decorations at each stage, whose workers the gate lets through, once', async () => {
    const said: string[] = [];
    const before = await s.prisma.decoration.count();
    await seedDemoDecorations(s.api.url, s.credentials, testConfig().DATABASE_URL, (m) => said.push(m));
    if (before > 0) return expect(said).toEqual([]);
    // The acceptance finishes in its process a moment after the seeding returns.
    await eventually(async () => (await s.prisma.decoration.count({ where: { status: 'COMPLETED', deposit: 'REFUNDED' } })) === 1, 15_000, 'the completed one');
    const seeded = await s.prisma.decoration.findMany({ orderBy: { id: 'asc' }, include: { workers: { include: { pass: true } } } });
    expect(seeded.map((d) => d.status)).toEqual(['DOCUMENTS', 'REVIEW', 'REVIEW', 'ACTIVE', 'STOPPED', 'COMPLETED']);
    expect(seeded[2].waitingFor).toBe('AUTHORITY');
    expect((await s.check(seeded[3].workers[0].pass!.code)).body.result).toBe('VALID');
    expect((await s.check(seeded[4].workers[0].pass!.code)).body.result).toBe('STOPPED');
    expect(said[0]).toContain(seeded[3].permitNumber!);
    await seedDemoDecorations(s.api.url, s.credentials, testConfig().DATABASE_URL, () => undefined);
    expect(await s.prisma.decoration.count()).toBe(6);
  });
});
