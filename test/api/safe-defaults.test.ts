import { ConfigError } from '../../apps/common/config';
import type { PrismaClient } from '../../prisma/client';
import { seedEstate } from '../../prisma/seed';
import { http, login, seedTestStaff, startApi, testPrisma, type RunningApi } from '../harness';
import { minimalPdf } from '../harness/pdf';

/** A PDF with its header, one object, a cross-reference table and startxref pointing at it. */

describe('safe defaults', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let token: string;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    await seedEstate(prisma);
    api = await startApi({ CORS_ORIGINS: 'https://desk.example.com' });
    token = await login(api.url, 'reception', credentials.reception);
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  it('the API does not start without a signing secret, or with a short or published one', async () => {
    for (const JWT_SECRET of ['', 'estate-desk-development-secret', 'change-me-to-a-long-random-secret', 'too-short-secret']) {
      await expect(startApi({ JWT_SECRET })).rejects.toThrow(ConfigError);
    }
  });

  it('CORS answers the configured origins only, never any origin or null', async () => {
    const ask = (origin: string) =>
      fetch(`${api.url}/households`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
    expect((await ask('https://desk.example.com')).headers.get('access-control-allow-origin')).toBe('https://desk.example.com');
    for (const origin of ['https://evil.example', 'null']) {
      const res = await ask(origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const plain = await fetch(`${api.url}/health`, { headers: { Origin: 'https://evil.example' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('every answer carries security headers', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    // The OpenAPI page still works (its own scripts and styles).
    const docs = await fetch(`${api.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toMatch(/script-src 'self' 'unsafe-inline'/);
  });

  it('documents: a PDF must be one, and every file is served as an attachment with nosniff', async () => {
    const household = await prisma.household.findFirstOrThrow();
    const upload = (content: Buffer, name: string) => {
      const form = new FormData();
      form.set('householdId', String(household.id));
      form.set('kind', 'OTHER');
      form.set('title', name);
      form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
      return http(api.url, token).post('/documents', form);
    };
    const before = await prisma.document.count();
    for (const fake of [
      Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>'),
      Buffer.from('%PDF-1.7\n%%EOF\n'),
      Buffer.concat([minimalPdf(), Buffer.from('<script>alert(1)</script>')]),
    ]) {
      const res = await upload(fake, 'scan.pdf');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'file', message: 'the file starts like a PDF but is not a well-formed PDF' }]);
    }
    expect(await prisma.document.count()).toBe(before);

    const good = await upload(minimalPdf(), '扫描件.pdf');
    expect(good.status).toBe(201);
    const content = await fetch(`${api.url}/documents/${good.body.id}/content`, { headers: { Authorization: `Bearer ${token}` } });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(content.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('扫描件.pdf')}`);
    expect(content.headers.get('x-content-type-options')).toBe('nosniff');
    expect(content.headers.get('content-security-policy')).toMatch(/sandbox/);
  });
});
