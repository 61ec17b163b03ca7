import { gateStack, HOUR } from './support';

/**
 * The gate's endpoints given the inputs that once answered 500 elsewhere (NUL bytes, lone surrogates, ids
 * beyond int4, impossible dates, huge strings, prototype keys): none is a 5xx, and what is not text is refused. The
 * whole API's sweep (test/api/bad-input.test.ts) covers them too; this one runs in seconds.
 */
describe('the gate refuses bad input, never with a 5xx', () => {
  let stack: Awaited<ReturnType<typeof gateStack>>;
  beforeAll(async () => {
    stack = await gateStack();
  }, 60_000);
  afterAll(() => stack?.close());

  const BAD: unknown[] = ['a\u0000b', '\ud800', 2147483648, -1, 1e308, '2026-02-30T10:00:00Z', '+275761-01-01', '9999-12-31T23:59:59Z', 'x'.repeat(20_000), null, true, [1, 2], { a: 1 }];

  it('REC-3 gate checks, applications and checklist items: no bad value is a 5xx, and values that are not text store nothing', async () => {
    const owner = await stack.household('OWNER', '马兰');
    const rp = await stack.apply(owner.id);
    const good = { householdId: owner.id, applicantKind: 'OWNER', applicantName: '马兰', applicantPhone: '13700001111', items: [{ name: '桌子', quantity: 1 }], validFrom: new Date().toISOString(), validTo: new Date(Date.now() + HOUR).toISOString() };
    const docs = await stack.prisma.document.count();
    const offenders: string[] = [];
    const expectNo5xx = async (what: string, call: Promise<{ status: number }>) => {
      const { status } = await call;
      // Text that looks like a date is still text: only a 5xx is wrong here (as in the whole API's sweep).
      if (status >= 500) offenders.push(`${what} -> ${status}`);
    };
    for (const value of BAD) {
      const label = JSON.stringify(value)?.slice(0, 30);
      await expectNo5xx(`check query=${label}`, stack.as.security.post('/gate/check', { query: value }));
      await expectNo5xx(`check gate=${label}`, stack.as.security.post('/gate/check', { query: 'FX', gate: value }));
      for (const field of Object.keys(good)) await expectNo5xx(`apply ${field}=${label}`, stack.as.reception.post('/release-passes', { ...good, [field]: value }));
      await expectNo5xx(`apply item=${label}`, stack.as.reception.post('/release-passes', { ...good, items: [{ name: value, quantity: value }] }));
      await expectNo5xx(`check item documentId=${label}`, stack.as.reception.post(`/checklists/${rp.checklistId}/items/OWNER_ID/check`, { documentId: value }));
      await expectNo5xx(`revoke reason=${label}`, stack.as.reception.post(`/release-passes/${rp.id}/revoke`, { reason: value }));
    }
    for (const id of ['2147483648', '-1', '__proto__', 'constructor', '1e3']) {
      await expectNo5xx(`GET /release-passes/${id}`, stack.as.reception.get(`/release-passes/${id}`));
      await expectNo5xx(`GET /checklists/${id}`, stack.as.reception.get(`/checklists/${id}`));
      await expectNo5xx(`GET /gate-passes/${id}`, stack.as.reception.get(`/gate-passes/${id}`));
      await expectNo5xx(`POST /release-passes/${id}/issue`, stack.as.reception.post(`/release-passes/${id}/issue`));
      await expectNo5xx(`check item ${id}`, stack.as.reception.post(`/checklists/${rp.checklistId}/items/${id}/check`, {}));
    }
    for (const filter of [{ status: 'NOPE' }, { householdId: 'x' }, { q: 'a\u0000b' }, { result: 'MAYBE' }, { from: '0000-01-01' }, { passId: 2147483648 }]) {
      const q = `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
      await expectNo5xx(`GET /release-passes${q}`, stack.as.reception.get(`/release-passes${q}`));
      await expectNo5xx(`GET /gate-checks${q}`, stack.as.reception.get(`/gate-checks${q}`));
      await expectNo5xx(`GET /gate-passes${q}`, stack.as.reception.get(`/gate-passes${q}`));
    }
    expect(offenders).toEqual([]);
    // No scan was filed by a refused check of an item, and the application's checklist is still open.
    expect(await stack.prisma.document.count()).toBe(docs);
    expect((await stack.prisma.checklist.findUniqueOrThrow({ where: { id: rp.checklistId } })).completedAt).toBeNull();
    // Values that are not text at all are refused: nothing of them was stored or logged.
    const before = [await stack.prisma.releasePass.count(), await stack.prisma.gateCheck.count()];
    for (const value of [2147483648, null, true, [1, 2], { a: 1 }, 'a\u0000b']) {
      expect((await stack.as.security.post('/gate/check', { query: value })).status).toBe(400);
      expect((await stack.as.reception.post('/release-passes', { ...good, applicantName: value })).status).toBe(400);
    }
    expect([await stack.prisma.releasePass.count(), await stack.prisma.gateCheck.count()]).toEqual(before);
  }, 120_000);
});
