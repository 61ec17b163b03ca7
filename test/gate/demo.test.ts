import { seedDemoReleasePasses } from '../../apps/api/src/release-passes/demo';
import { testConfig } from '../harness';
import { gateStack } from './support';

/** What `npm start` shows on a new installation: a pass to check at the gate, an application waiting. */
describe('the demo release passes', () => {
  let stack: Awaited<ReturnType<typeof gateStack>>;
  beforeAll(async () => {
    stack = await gateStack();
    await stack.household('OWNER', '欧阳');
    await stack.household('TENANT', '司马');
  }, 60_000);
  afterAll(() => stack?.close());

  it('REC-3 npm start seeds an issued pass that the gate lets through, and a tenant waiting for the consent, once', async () => {
    const said: string[] = [];
    const before = await stack.prisma.releasePass.count();
    await seedDemoReleasePasses(stack.api.url, stack.credentials, testConfig().DATABASE_URL, (m) => said.push(m));
    if (before > 0) return expect(said).toEqual([]);
    const passes = await stack.prisma.releasePass.findMany({ include: { pass: true }, orderBy: { id: 'asc' } });
    expect(passes.map((p) => [p.applicantKind, p.pass?.status ?? null])).toEqual([
      ['OWNER', 'ACTIVE'],
      ['TENANT', null],
    ]);
    expect((await stack.check(passes[0].pass!.number)).body.result).toBe('VALID');
    expect(said[0]).toContain(passes[0].pass!.number);
    await seedDemoReleasePasses(stack.api.url, stack.credentials, testConfig().DATABASE_URL, () => undefined);
    expect(await stack.prisma.releasePass.count()).toBe(2);
  });
});
