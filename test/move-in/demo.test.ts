import { seedDemoMoveIn } from '../../scripts/stack/demo-move-in';
import { eventually, testConfig } from '../harness';
import { moveInStack } from './support';

/** What `npm start` shows on a new installation: a building being handed over, with move-ins at each stage. */
describe('the demo move-ins', () => {
  let s: Awaited<ReturnType<typeof moveInStack>>;
  beforeAll(async () => {
    s = await moveInStack();
  }, 60_000);
  afterAll(() => s?.close());

  it('MOV-6 npm start seeds B区3栋 being handed over: one booked, one at the desk, one waiting for its defects, one done; once', async () => {
    const said: string[] = [];
    const before = await s.prisma.moveIn.count();
    await seedDemoMoveIn(s.api.url, s.credentials, testConfig().DATABASE_URL, (m) => said.push(m));
    // Another suite's move-ins were there first: the demo adds nothing to an installation in use.
    if (before > 0) return expect(said).toEqual([]);
    expect(said[0]).toContain('B区3栋');
    const stages = await eventually(async () => {
      const rows = await s.prisma.moveIn.findMany({ orderBy: { id: 'asc' }, select: { stage: true } });
      return rows[3]?.stage === 'DONE' && rows[2]?.stage === 'WAITING_FOR_DEFECTS' ? rows.map((r) => r.stage) : undefined;
    }, 30_000, 'the demo move-ins at their stages');
    expect(stages).toEqual(['BOOKED', 'IN_PROGRESS', 'WAITING_FOR_DEFECTS', 'DONE']);
    expect(await s.prisma.repairOrder.count({ where: { source: { path: ['process'], equals: 'move-in' } } })).toBe(2);
    await seedDemoMoveIn(s.api.url, s.credentials, testConfig().DATABASE_URL, () => undefined);
    expect(await s.prisma.moveIn.count()).toBe(4);
  });
});
