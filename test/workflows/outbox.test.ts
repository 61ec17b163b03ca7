import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, packagedLetterFont } from '../../apps/common/config';
import { createPdfLetterPrinter } from '../../apps/worker/src/outbox/letters';
import type { PrismaClient } from '../../prisma/client';
import { startCoreDemo } from '../support/core-demo';
import type { CoreDemoPolicy } from '../support/core-demo.workflow';
import { eventually, http as client, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { pdfText, savePdfPage } from '../harness/pdf';

/** A local SMS gateway: answers 503 while `down`, records what it accepted. */
function startGateway() {
  const state = { down: false, requests: [] as { key: string; body: { to: string; body: string } }[], accepted: [] as string[] };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      state.requests.push({ key, body: JSON.parse(raw) });
      if (state.down || req.headers.authorization !== 'Bearer gateway-token') {
        res.writeHead(503).end('gateway busy');
        return;
      }
      state.accepted.push(key);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `gw-${state.accepted.length}` }));
    });
  });
  return new Promise<{ url: string; state: typeof state; close(): Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
        state,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

const noticeTask: CoreDemoPolicy['task'] = {
  key: 'confirm',
  title: { zh: '确认', en: 'Confirm' },
  candidate: { role: 'CS_SUPERVISOR' },
};

describe('outbox channels: SMS gateway over HTTP, recorded SMS, letters as PDF', () => {
  let prisma: PrismaClient;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let worker: RunningWorker;
  let api: RunningApi;
  let supervisor: ReturnType<typeof client>;
  let clerk: ReturnType<typeof client>;
  let clerkToken: string;
  let householdId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    gateway = await startGateway();
    worker = await startWorker(prisma, unique('tq'), {}, { SMS_PROVIDER: 'http', SMS_HTTP_URL: gateway.url, SMS_HTTP_TOKEN: 'gateway-token' });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_MAX_ATTEMPTS: '2', DELIVERY_FIRST_RETRY_MS: '200' });
    supervisor = client(api.url, await login(api.url, 'supervisor', credentials.supervisor));
    clerkToken = await login(api.url, 'clerk', credentials.clerk);
    clerk = client(api.url, clerkToken);
    const estate = await prisma.estate.create({ data: { name: unique('湖畔'), address: '滨湖路 88 号' } });
    householdId = (
      await prisma.household.create({
        data: {
          occupancy: 'OWNER',
          name: '李明',
          phone: '13800004444',
          unit: { create: { number: 'S-0808', floor: 8, areaSqm: 95, building: { create: { estateId: estate.id, code: unique('S'), name: '3栋', floors: 10 } } } },
        },
      })
    ).id;
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await gateway.close();
    await prisma.$disconnect();
  });

  async function sendThroughCase(notify: CoreDemoPolicy['notify']) {
    const started = await startCoreDemo(api, { householdId, title: 'Notice', policy: { task: noticeTask, notify } });
    const task = await eventually(() => prisma.task.findFirst({ where: { caseId: started.id } }).then((t) => t ?? undefined));
    expect((await supervisor.post(`/tasks/${task.id}/complete`, { formData: {} })).status).toBe(200);
    return eventually(() => prisma.message.findFirst({ where: { caseId: started.id } }).then((m) => (m && m.status !== 'QUEUED' ? m : undefined)), 20_000, 'delivery');
  }

  it('fails after the last attempt, shows the error, and sends exactly once when staff retry', async () => {
    gateway.state.down = true;
    const failed = await sendThroughCase({ channel: 'SMS', template: 'notice', params: { subject: '', text: '您的报修已完成。' } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, recipient: '13800004444' });
    expect(failed.lastError).toMatch(/503/);
    expect(await prisma.timelineEntry.count({ where: { caseId: failed.caseId!, type: 'MESSAGE_FAILED' } })).toBe(1);
    const failedList = await clerk.get(`/messages?filter=${encodeURIComponent(JSON.stringify({ status: 'FAILED', caseId: failed.caseId }))}`);
    expect(failedList.body.map((m: { id: number }) => m.id)).toEqual([failed.id]);

    gateway.state.down = false;
    const retried = await clerk.post(`/messages/${failed.id}/retry`);
    expect(retried.status).toBe(200);
    const sent = await eventually(() => prisma.message.findUnique({ where: { id: failed.id } }).then((m) => (m?.status === 'SENT' ? m : undefined)));
    expect(sent).toMatchObject({ providerId: 'gw-1', attempts: 3, lastError: null });
    const attempts = gateway.state.requests.filter((r) => r.key === failed.idempotencyKey);
    expect(attempts.every((r) => r.body.to === '13800004444' && r.body.body === '李明，您好：您的报修已完成。')).toBe(true);
    expect(gateway.state.accepted.filter((k) => k === failed.idempotencyKey)).toHaveLength(1);
  });

  it('renders a letter as a PDF with Chinese text, and keeps its express-mail tracking number', async () => {
    const letter = await sendThroughCase({ channel: 'LETTER', template: 'notice', params: { subject: '催缴通知书', text: '请于十五日内缴清物业管理费。' } });
    expect(letter).toMatchObject({ status: 'SENT', channel: 'LETTER', subject: '催缴通知书' });
    expect(letter.recipient).toContain('滨湖路 88 号');

    const res = await fetch(`${api.url}/messages/${letter.id}/pdf`, { headers: { Authorization: `Bearer ${clerkToken}` } });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('李明，您好：请于十五日内缴清物业管理费。');
    expect(text).toContain('催缴通知书');
    expect(savePdfPage(pdf, 'outbox-letter').subarray(1, 4).toString()).toBe('PNG');

    const bad = await clerk.put(`/messages/${letter.id}/posting`, { trackingNumber: '?' });
    expect(bad.body.errors[0].field).toBe('trackingNumber');
    const posted = await clerk.put(`/messages/${letter.id}/posting`, { trackingNumber: 'EMS1234567890CN', postedAt: '2026-11-23T09:00:00Z' });
    expect(posted.body).toMatchObject({ trackingNumber: 'EMS1234567890CN', postedAt: '2026-11-23T09:00:00.000Z' });
  });
});

describe('recorded SMS (the default provider)', () => {
  it('is kept in the outbox as sent, for staff to read', async () => {
    const prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    const worker = await startWorker(prisma);
    const api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    try {
      const supervisor = client(api.url, await login(api.url, 'supervisor', credentials.supervisor));
      const household = await prisma.household.findFirstOrThrow();
      const started = await startCoreDemo(api, {
        householdId: household.id,
        title: 'SMS',
        policy: { task: noticeTask, notify: { channel: 'SMS', template: 'notice', params: { subject: '', text: '明天停水。' } } },
      });
      const task = await eventually(() => prisma.task.findFirst({ where: { caseId: started.id } }).then((t) => t ?? undefined));
      await supervisor.post(`/tasks/${task.id}/complete`, { formData: {} });
      const sms = await eventually(() => prisma.message.findFirst({ where: { caseId: started.id, status: 'SENT' } }).then((m) => m ?? undefined));
      expect(sms.providerId).toBe(`recorded:${sms.idempotencyKey}`);
      expect(sms.body).toBe(`${household.name}，您好：明天停水。`);
    } finally {
      await api.close();
      await worker.stop();
      await prisma.$disconnect();
    }
  });
});

describe('the letter font', () => {
  const letter = { recipientName: '王小明', address: '滨湖路 88 号 3 栋 1202', subject: '催缴函', body: '请于十五日内缴清物业管理费。', reference: 'L-1', date: new Date('2026-11-23T00:00:00Z') };
  const print = async (env: NodeJS.ProcessEnv) => {
    const config = loadConfig(env);
    return Buffer.from(await createPdfLetterPrinter({ path: config.LETTER_FONT_PATH, family: config.LETTER_FONT_FAMILY }, config.MAIL_FROM).render(letter));
  };

  it('is by default the Noto Sans SC that npm install brings, embedded, so letters print with no fonts on the machine', async () => {
    expect(loadConfig({}).LETTER_FONT_PATH).toBe(packagedLetterFont());
    const pdf = await print({});
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdfText(pdf)).toContain('王小明');
  });

  it('may be another font file (LETTER_FONT_PATH); a face name matters only for a collection', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-font-'));
    try {
      const own = path.join(dir, 'own.ttf');
      fs.copyFileSync(packagedLetterFont(), own);
      // The face of the former default collection, still set, is ignored for a single font.
      const config = loadConfig({ LETTER_FONT_PATH: own, LETTER_FONT_FAMILY: 'NotoSansCJKsc-Regular' });
      expect(config).toMatchObject({ LETTER_FONT_PATH: own, LETTER_FONT_FAMILY: undefined });
      expect(pdfText(await print({ LETTER_FONT_PATH: own }))).toContain('滨湖路 88 号');

      expect(() => loadConfig({ LETTER_FONT_PATH: path.join(dir, 'missing.ttc') })).toThrow(/LETTER_FONT_PATH: no font file at .*missing\.ttc; run npm install/);
      const collection = path.join(dir, 'fonts.ttc');
      fs.writeFileSync(collection, Buffer.from('ttcf\0\x01\0\0', 'latin1'));
      expect(() => loadConfig({ LETTER_FONT_PATH: collection })).toThrow(/LETTER_FONT_FAMILY must name the face to embed from the font collection/);
      expect(loadConfig({ LETTER_FONT_PATH: collection, LETTER_FONT_FAMILY: 'NotoSansCJKsc-Regular' }).LETTER_FONT_FAMILY).toBe('NotoSansCJKsc-Regular');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
