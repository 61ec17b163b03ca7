import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_QUICK_REPLIES } from '../../apps/api/src/cases/quick-replies';
import { http, listQuery, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

/** The first bytes of a PNG, a JPEG and a well-formed one-page PDF: what the upload checks read. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
const PDF = (() => {
  const head = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  return Buffer.from(`${head}xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n${head.length}\n%%EOF\n`, 'latin1');
})();

type Client = ReturnType<typeof http>;

/** A note as the back office sends it: multipart with its files, or JSON without. */
const form = (fields: Record<string, string>, files: [Buffer, string, string][] = []) => {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const [content, name, type] of files) body.append('files', new Blob([content], { type }), name);
  return body;
};

/**
 * Internal notes on every case: text, author and time, with photos (a phone's camera) and scans checked like
 * the household file's documents; shown in the case's timeline; one note per submission (requestId); kept
 * from the other departments, who receive work from customer service (a complaint may be about them).
 */
describe('internal notes on a case, with photos and scans', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let as: Record<'reception' | 'engineer' | 'security' | 'supervisor', Client>;
  let engineerToken: string;
  let caseId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: unique('notes') });
    const names = ['reception', 'engineer', 'security', 'supervisor'] as const;
    const tokens = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await login(api.url, n, credentials[n])])));
    as = Object.fromEntries(names.map((n) => [n, http(api.url, tokens[n])])) as typeof as;
    engineerToken = tokens.engineer;
    const kase = await prisma.case.create({
      data: { process: 'repair', workflowId: unique('notes-case'), titleZh: '报修：厨房漏水', titleEn: 'Repair: kitchen leak', policyKey: 'repair', policyVersion: 0 },
    });
    caseId = kase.id;
  });

  afterAll(async () => {
    await api?.close();
    await prisma?.$disconnect();
  });

  const timeline = async (who: Client) => (await who.get(`/timeline${listQuery({ filter: { caseId }, range: [0, 999] })}`)).body as { type: string; actor: { displayName: string } | null; data: Record<string, unknown> }[];

  it('a note with a photo and a PDF is kept with its author and time, and read in the case timeline', async () => {
    const res = await as.reception.post(`/cases/${caseId}/notes`, form({ text: '  住户来电：周六上午在家。  ' }, [[JPEG, 'IMG_2041.jpg', 'image/jpeg'], [PDF, '报修单.pdf', 'application/pdf']]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ caseId, text: '住户来电：周六上午在家。', author: { displayName: '陈静' } });
    expect(res.body.attachments.map((a: { fileName: string; mimeType: string }) => [a.fileName, a.mimeType])).toEqual([
      ['IMG_2041.jpg', 'image/jpeg'],
      ['报修单.pdf', 'application/pdf'],
    ]);

    const listed = await as.engineer.get(`/cases/${caseId}/notes`);
    expect(listed.status).toBe(200);
    expect(listed.body[0]).toMatchObject({ id: res.body.id, text: '住户来电：周六上午在家。' });
    const photo = await fetch(`${api.url}/cases/${caseId}/attachments/${res.body.attachments[0].id}`, { headers: { Authorization: `Bearer ${engineerToken}` } });
    expect(photo.status).toBe(200);
    expect(Buffer.from(await photo.arrayBuffer()).equals(JPEG)).toBe(true);

    const entry = (await timeline(as.engineer)).find((e) => e.type === 'NOTE_ADDED' && e.data.noteId === res.body.id);
    expect(entry).toMatchObject({ actor: { displayName: '陈静' }, data: { text: '住户来电：周六上午在家。' } });
    expect((entry!.data.attachments as { fileName: string }[]).map((a) => a.fileName)).toEqual(['IMG_2041.jpg', '报修单.pdf']);
  });

  it('a note without files is sent as JSON; a photo added on its own is in the timeline too', async () => {
    const note = await as.engineer.post(`/cases/${caseId}/notes`, { text: '已上门查看，需更换角阀。' });
    expect(note.status).toBe(201);
    expect(note.body.attachments).toEqual([]);
    const photo = await as.security.post(`/cases/${caseId}/attachments`, attachment(PNG, 'water.png', '楼道积水'));
    expect(photo.status).toBe(201);
    const types = (await timeline(as.supervisor)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['NOTE_ADDED', 'ATTACHMENT_ADDED']));
  });

  it('bad input is refused with a 400 naming the field, and nothing is kept', async () => {
    const notes = await prisma.caseNote.count({ where: { caseId } });
    const files = await prisma.caseAttachment.count({ where: { caseId } });
    const refusals: [unknown, string][] = [
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: '好', requestId: 'short' }, 'requestId'],
      [{ text: '好', author: 'someone else' }, 'author'],
      [form({ text: '合同' }, [[Buffer.from('<html><script>alert(1)</script></html>'), 'contract.pdf', 'application/pdf']]), 'files[0]'],
      [form({ text: '照片' }, [[PNG, 'a.png', 'image/png'], [Buffer.from('%PDF-1.4 <html>'), 'b.pdf', 'application/pdf']]), 'files[1]'],
      [form({ text: '太多' }, Array.from({ length: 6 }, (_, i) => [PNG, `p${i}.png`, 'image/png'] as [Buffer, string, string])), 'files'],
    ];
    for (const [body, field] of refusals) {
      const res = await as.reception.post(`/cases/${caseId}/notes`, body);
      expect([res.status, [...new Set(res.body.errors?.map((e: { field: string }) => e.field))]]).toEqual([400, [field]]);
    }
    expect((await as.reception.post('/cases/2147483000/notes', { text: '好' })).status).toBe(404);
    expect(await prisma.caseNote.count({ where: { caseId } })).toBe(notes);
    expect(await prisma.caseAttachment.count({ where: { caseId } })).toBe(files);
  });

  it('the same submission sent twice at once, and again later, makes one note and one timeline entry', async () => {
    const requestId = `note-${randomBytes(8).toString('hex')}`;
    const send = () => as.reception.post(`/cases/${caseId}/notes`, form({ text: '已电话告知住户维修时间。', requestId }, [[PNG, 'photo.png', 'image/png']]));
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await send()).body.id).toBe(answers[0].body.id);
    expect(await prisma.caseNote.count({ where: { requestId } })).toBe(1);
    expect(await prisma.caseAttachment.count({ where: { noteId: answers[0].body.id } })).toBe(1);
    expect((await timeline(as.reception)).filter((e) => e.data.noteId === answers[0].body.id)).toHaveLength(1);
  });

  it('other departments neither read nor add internal notes, and their timeline leaves them out', async () => {
    expect((await as.security.get(`/cases/${caseId}/notes`)).status).toBe(403);
    const refused = await as.security.post(`/cases/${caseId}/notes`, { text: '保安部看到了' });
    expect(refused.status).toBe(403);
    const seen = await timeline(as.security);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((e) => e.type === 'NOTE_ADDED')).toBe(false);
    expect((await timeline(as.reception)).some((e) => e.type === 'NOTE_ADDED')).toBe(true);
  });

  it('quick replies are offered per process, from the policy in force, and a manager changes them as a new version', async () => {
    const repair = await as.reception.get('/quick-replies?process=repair');
    expect(repair.status).toBe(200);
    const keys = repair.body.replies.map((r: { key: string }) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['repair-booked', 'will-answer', 'no-answer']));
    expect(keys).not.toContain('item-release');
    expect(repair.body.replies.find((r: { key: string }) => r.key === 'repair-booked').text.zh).toMatch(/维修人员将于【时间】上门/);
    expect((await as.reception.get('/quick-replies?process=Not%20a%20process')).body.errors[0].field).toBe('process');

    const bad = await as.supervisor.post('/policies', { key: 'quick-replies', data: { replies: [{ key: 'x', processes: [], title: { zh: '', en: 'a' }, text: { zh: '好', en: 'ok' } }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['data.replies.0.key', 'data.replies.0.title.zh']));
    const reply = { key: 'parking-card', processes: ['reception'], title: { zh: '停车卡', en: 'Parking card' }, text: { zh: '办理停车卡请携带行驶证。', en: 'Bring the vehicle licence for a parking card.' } };
    const saved = await as.supervisor.post('/policies', { key: 'quick-replies', data: { replies: [...DEFAULT_QUICK_REPLIES.replies, reply] }, note: 'test' });
    expect(saved.status).toBe(201);
    try {
      const reception = await as.reception.get('/quick-replies?process=reception');
      expect(reception.body.replies.map((r: { key: string }) => r.key)).toContain('parking-card');
      expect((await as.reception.get('/quick-replies?process=repair')).body.replies.map((r: { key: string }) => r.key)).not.toContain('parking-card');
    } finally {
      await prisma.policy.deleteMany({ where: { key: 'quick-replies' } });
    }
  });
});

/** A multipart attachment as the case page sends it. */
function attachment(content: Buffer, name: string, note: string): FormData {
  const body = new FormData();
  body.append('note', note);
  body.append('file', new Blob([content], { type: 'image/png' }), name);
  return body;
}
