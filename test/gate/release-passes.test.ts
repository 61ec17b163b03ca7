import { DEFAULT_CHECKLISTS_POLICY } from '../../apps/api/src/checklists/policy';
import { pdfText, savePdfPage } from '../harness/pdf';
import { gateStack, HOUR } from './support';

/** Item release passes (REC-3) on the core's checklist and gate pass, through the API on the real database. */
describe('item release passes and the gate', () => {
  let stack: Awaited<ReturnType<typeof gateStack>>;
  beforeAll(async () => {
    stack = await gateStack();
  }, 60_000);
  afterAll(() => stack?.close());

  it('REC-3 a pass is let through once: the first check is valid and marks it used, the second is refused as used', async () => {
    const owner = await stack.household('OWNER', '赵敏');
    const rp = await stack.issued(owner.id);
    expect(rp.status).toBe('ISSUED');
    expect(rp.pass.number).toMatch(/^FX\d{4}-\d{6}$/);

    const first = await stack.check(rp.pass.number);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ result: 'VALID', markedUsed: true, pass: { number: rp.pass.number, holderName: '赵敏', vehicle: '粤B·12345 蓝色货车' } });
    expect(first.body.pass.summary).toContain('冰箱 Refrigerator ×1');

    // The second time, by the code this time (what the QR code holds, typed in small letters), it is used.
    const second = await stack.check(rp.pass.code.toLowerCase());
    expect(second.body).toMatchObject({ result: 'USED', markedUsed: false });
    expect((await stack.as.reception.get(`/release-passes/${rp.id}`)).body.status).toBe('USED');
  });

  it('REC-3 two guards checking the same pass at the same moment: one lets it through, the other is told it is used', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '钱坤')).id);
    const answers = await Promise.all([stack.check(rp.pass.number, 'security'), stack.check(rp.pass.code, 'security-lead')]);
    expect(answers.map((a) => a.body.result).sort()).toEqual(['USED', 'VALID']);
  });

  it('REC-3 a pass is refused when its window is over, and before it opens', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '孙丽')).id);
    // The window passes (the day is over): the pass's end is now in the past.
    await stack.prisma.gatePass.update({ where: { id: rp.pass.id }, data: { validTo: new Date(Date.now() - 60_000) } });
    expect((await stack.check(rp.pass.number)).body).toMatchObject({ result: 'EXPIRED', markedUsed: false });
    expect((await stack.as.reception.get(`/release-passes/${rp.id}`)).body.status).toBe('EXPIRED');

    const tomorrow = await stack.issued((await stack.household('OWNER', '周杰')).id, {
      validFrom: new Date(Date.now() + 20 * HOUR).toISOString(),
      validTo: new Date(Date.now() + 26 * HOUR).toISOString(),
    });
    expect((await stack.check(tomorrow.pass.number)).body.result).toBe('NOT_YET_VALID');
    // Refused early, it still works in its window: the early check did not use it up.
    expect((await stack.prisma.gatePass.findUniqueOrThrow({ where: { id: tomorrow.pass.id } })).status).toBe('ACTIVE');
  });

  it('REC-3 a revoked pass is refused at the gate with the reason; a used one cannot be revoked', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '吴昊')).id);
    expect((await stack.as.reception.post(`/release-passes/${rp.id}/revoke`, {})).status).toBe(400);
    const revoked = await stack.as.reception.post(`/release-passes/${rp.id}/revoke`, { reason: '住户取消搬运' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('REVOKED');
    expect((await stack.check(rp.pass.number)).body).toMatchObject({ result: 'REVOKED', pass: { revokeReason: '住户取消搬运' } });

    const used = await stack.issued((await stack.household('OWNER', '郑爽')).id);
    await stack.check(used.pass.code);
    expect((await stack.as.reception.post(`/release-passes/${used.id}/revoke`, { reason: 'too late' })).status).toBe(409);
  });

  it('REC-3 an unknown number or code is answered unknown, and logged', async () => {
    const before = await stack.prisma.gateCheck.count({ where: { result: 'UNKNOWN' } });
    expect((await stack.check('FX1999-999999')).body).toMatchObject({ result: 'UNKNOWN', pass: null });
    expect((await stack.check('  not a code ')).body.result).toBe('UNKNOWN');
    expect(await stack.prisma.gateCheck.count({ where: { result: 'UNKNOWN' } })).toBe(before + 2);
  });

  it('REC-3 a tenant is refused without the owner\'s consent and issued a pass with it; the scans are on the household\'s file', async () => {
    const tenant = await stack.household('TENANT', '冯雪');
    const rp = await stack.apply(tenant.id, { applicantKind: 'TENANT', applicantName: '冯雪' });
    expect(rp.status).toBe('APPLIED');
    expect(rp.checklist.items.map((i) => i.code)).toEqual(['TENANT_ID', 'OWNER_CONSENT']);

    expect((await stack.checkItem(rp.checklistId, 'TENANT_ID')).status).toBe(200);
    const refused = await stack.as.reception.post(`/release-passes/${rp.id}/issue`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'checklist' });
    expect(refused.body.errors[0].message).toContain("Owner's written consent");
    expect(await stack.prisma.gatePass.count({ where: { householdId: tenant.id } })).toBe(0);

    const consent = await stack.checkItem(rp.checklistId, 'OWNER_CONSENT');
    expect(consent.status).toBe(200);
    expect(consent.body.completedAt).not.toBeNull();
    const issued = await stack.as.reception.post(`/release-passes/${rp.id}/issue`);
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('ISSUED');

    // Each scan was filed through the archive's documents, on the tenant's household file.
    const docs = await stack.prisma.document.findMany({ where: { householdId: tenant.id }, orderBy: { id: 'asc' } });
    expect(docs.map((d) => [d.kind, d.title])).toEqual([
      ['ID_COPY', "租户身份证 Tenant's ID card"],
      ['AGREEMENT', "业主同意书 Owner's written consent"],
    ]);
    // An item is checked once.
    expect((await stack.checkItem(rp.checklistId, 'OWNER_CONSENT')).status).toBe(409);
  });

  it('REC-3 the documents each applicant brings: owner, proxy, tenant with the owner\'s consent, company', async () => {
    const codes = async (applicantKind: string, purpose = 'release-pass') => {
      const res = await stack.as.reception.get(`/checklists/requirements?purpose=${purpose}&applicantKind=${applicantKind}`);
      expect(res.status).toBe(200);
      return (res.body as { code: string }[]).map((i) => i.code);
    };
    expect(await codes('OWNER')).toEqual(['OWNER_ID']);
    expect(await codes('PROXY')).toEqual(['PROXY_ID', 'POWER_OF_ATTORNEY']);
    expect(await codes('TENANT')).toEqual(['TENANT_ID', 'OWNER_CONSENT']);
    expect(await codes('COMPANY')).toEqual(['COMPANY_CERTIFICATE', 'PERSONAL_ID']);
    // The same lists serve move-in (MOV-1): a proxy also brings the power of attorney and the proxy's ID.
    expect(await codes('PROXY', 'move-in')).toEqual(['OWNER_ID', 'MOVE_IN_NOTICE', 'PURCHASE_CONTRACT', 'POWER_OF_ATTORNEY', 'PROXY_ID']);
    expect((await stack.as.reception.get('/checklists/requirements?purpose=release-pass&applicantKind=NEIGHBOUR')).status).toBe(400);
  });

  it('REC-3 the lists are policy data: a manager\'s new version applies to the next application', async () => {
    const policy = {
      'release-pass': {
        OWNER: [
          { code: 'OWNER_ID', label: { zh: '业主身份证', en: "Owner's ID card" }, documentKind: 'ID_COPY' },
          { code: 'ITEM_PHOTOS', label: { zh: '物品照片', en: 'Photos of the items' }, documentKind: 'OTHER', required: false },
        ],
      },
    };
    expect((await stack.as.supervisor.post('/policies', { key: 'checklists', data: policy, note: 'photos asked for' })).status).toBe(201);
    try {
      const rp = await stack.apply((await stack.household('OWNER', '陈晨')).id);
      expect(rp.checklist.items.map((i) => [i.code, i.required])).toEqual([
        ['OWNER_ID', true],
        ['ITEM_PHOTOS', false],
      ]);
      // Only the owner may apply under this version; the optional photos do not hold the pass back.
      const tenant = await stack.household('TENANT', '陈曦');
      const refused = await stack.as.reception.post('/release-passes', { householdId: tenant.id, applicantKind: 'TENANT', applicantName: '陈曦', applicantPhone: '13700001111', items: [{ name: '椅子', quantity: 1 }], validFrom: new Date().toISOString(), validTo: new Date(Date.now() + HOUR).toISOString() });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('applicantKind');
      expect((await stack.checkItem(rp.checklistId, 'OWNER_ID')).status).toBe(200);
      expect((await stack.as.reception.post(`/release-passes/${rp.id}/issue`)).status).toBe(200);
    } finally {
      // Back to the shipped lists, as a new version (policy versions are kept).
      await stack.as.supervisor.post('/policies', { key: 'checklists', data: DEFAULT_CHECKLISTS_POLICY, note: 'back to the defaults' });
    }
  });

  it('REC-3 every check is in the gate log with who, when, where and the answer', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '褚红')).id);
    await stack.check(rp.pass.number, 'security', '北门');
    await stack.check(rp.pass.number, 'security-lead', '南门');
    const log = await stack.as.reception.get(`/gate-checks?filter=${encodeURIComponent(JSON.stringify({ passId: rp.pass.id }))}&sort=${encodeURIComponent('["id","asc"]')}`);
    expect(log.status).toBe(200);
    expect(log.headers.get('content-range')).toMatch(/ 0-1\/2$/);
    expect(log.body.map((c: { result: string; gate: string; markedUsed: boolean; checkedBy: { displayName: string } }) => [c.result, c.gate, c.markedUsed, c.checkedBy.displayName])).toEqual([
      ['VALID', '北门', true, '钱勇'],
      ['USED', '南门', false, '韩磊'],
    ]);
    expect(new Date(log.body[0].checkedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('REC-3 only security checks at the gate; the reception issues but does not let items through', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '卫东')).id);
    expect((await stack.check(rp.pass.number, 'cleaning')).status).toBe(403);
    expect((await stack.check(rp.pass.number, 'reception')).status).toBe(403);
    expect((await stack.as.security.post('/release-passes', {})).status).toBe(403);
    expect((await stack.prisma.gatePass.findUniqueOrThrow({ where: { id: rp.pass.id } })).status).toBe('ACTIVE');
    expect((await stack.check(rp.pass.number, 'security')).body.result).toBe('VALID');
  });

  it('REC-3 the printed pass, in Chinese and English: number, code, items, vehicle, window', async () => {
    const rp = await stack.issued((await stack.household('OWNER', '蒋勤')).id);
    const pdf = await stack.download('reception', `/release-passes/${rp.id}/pass.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    savePdfPage(pdf.body, 'release-pass');
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    for (const expected of ['物品放行条', 'Item release pass', rp.pass.number, rp.pass.code, '蒋勤', '冰箱 Refrigerator × 1', '纸箱 Boxes × 6', '粤B·12345', 'UTC+8', '放行物品 Items']) {
      expect(text).toContain(expected);
    }
    // Not issued yet: nothing to print.
    const applied = await stack.apply((await stack.household('OWNER', '沈清')).id);
    expect((await stack.download('reception', `/release-passes/${applied.id}/pass.pdf`)).status).toBe(409);
  });

  it('REC-3 an application sent twice with one requestId is one application; bad windows are refused naming the field', async () => {
    const owner = await stack.household('OWNER', '韩梅');
    const [a, b] = await Promise.all([stack.apply(owner.id, { requestId: 'release-twice-0001' }), stack.apply(owner.id, { requestId: 'release-twice-0001' })]);
    expect(a.id).toBe(b.id);
    expect(await stack.prisma.releasePass.count({ where: { householdId: owner.id } })).toBe(1);

    const past = await stack.as.reception.post('/release-passes', { householdId: owner.id, applicantKind: 'OWNER', applicantName: '韩梅', applicantPhone: '13700001111', items: [{ name: '椅子', quantity: 2 }], validFrom: new Date(Date.now() - 5 * HOUR).toISOString(), validTo: new Date(Date.now() - HOUR).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('validTo');
    const long = await stack.as.reception.post('/release-passes', { householdId: owner.id, applicantKind: 'OWNER', applicantName: '韩梅', applicantPhone: '13700001111', items: [{ name: '椅子', quantity: 2 }], validFrom: new Date().toISOString(), validTo: new Date(Date.now() + 30 * 24 * HOUR).toISOString() });
    expect(long.body.errors[0]).toMatchObject({ field: 'validTo' });
    expect(await stack.prisma.releasePass.count({ where: { householdId: owner.id } })).toBe(1);
  });
});
