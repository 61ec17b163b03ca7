import { issuePass, liftStop, stopPasses } from '../../apps/api/src/gate/passes';
import { gateStack, HOUR } from './support';

/** The core's pass at the gate for the kinds that come next: a decoration worker's pass, used many times. */
describe('a multiple-use pass at the gate', () => {
  let stack: Awaited<ReturnType<typeof gateStack>>;
  beforeAll(async () => {
    stack = await gateStack();
  }, 60_000);
  afterAll(() => stack?.close());

  it('DEC-3 a worker pass stays valid in its window, is refused while the works are stopped (DEC-5), and valid again once the stop is lifted', async () => {
    const household = await stack.household('OWNER', '杨帆');
    const pass = await issuePass(stack.prisma, {
      kind: 'DECORATION_WORKER',
      holderName: '李师傅',
      householdId: household.id,
      summary: `${household.unit.number} 装修 · 木工`,
      validFrom: new Date(Date.now() - HOUR),
      validTo: new Date(Date.now() + 30 * 24 * HOUR),
    });
    expect(pass.number).toMatch(/^ZX\d{4}-\d{6}$/);
    for (let day = 0; day < 3; day++) expect((await stack.check(pass.code)).body).toMatchObject({ result: 'VALID', markedUsed: false });

    const supervisor = await stack.prisma.staff.findUniqueOrThrow({ where: { username: 'security-lead' } });
    await stopPasses(stack.prisma, [pass.id], '擅自拆改承重墙', supervisor.id);
    expect((await stack.check(pass.number)).body).toMatchObject({ result: 'STOPPED', pass: { stopReason: '擅自拆改承重墙' } });
    await liftStop(stack.prisma, [pass.id], '已恢复原状并补办手续', supervisor.id);
    expect((await stack.check(pass.number)).body.result).toBe('VALID');

    const log = await stack.prisma.gateCheck.findMany({ where: { passId: pass.id }, orderBy: { id: 'asc' } });
    expect(log.map((c) => c.result)).toEqual(['VALID', 'VALID', 'VALID', 'STOPPED', 'VALID']);
  });

  it('REC-3 a pass kind the gate policy does not know, or a window longer than the kind allows, is not issued', async () => {
    const spec = { holderName: '某人', summary: '—', validFrom: new Date(), validTo: new Date(Date.now() + HOUR) };
    await expect(issuePass(stack.prisma, { ...spec, kind: 'PARKING' })).rejects.toThrow('unknown pass kind PARKING');
    await expect(issuePass(stack.prisma, { ...spec, kind: 'RELEASE', validTo: new Date(Date.now() + 100 * HOUR) })).rejects.toThrow('at most 72 hours');
  });
});
