/**
 * The inbox as work piles up: fills the tasks table with 100,000 open tasks (and as many done ones), spread
 * over every role, department and person the way real work is (queues, claimed tasks, escalations, overdue
 * and due-today ones), then asks the real API for every inbox view (`GET /tasks?filter={"view":...}`, the
 * back office's first page: 25 rows by deadline, with the count) as several roles, and gives each view's
 * latency percentiles.
 *
 *   npx tsx bench/inbox.ts [openTasks=100000] [requestsPerView=100]
 *
 * Runs on a throw-away database (TEST_DATABASE_SERVER), against the API built and started as in production
 * (`dist/apps/api/src/main.js`, one process); the API's Temporal connection is never used.
 */
import { randomBytes } from 'node:crypto';
import { createPrismaClient } from '../prisma/client';
import { DEMO_STAFF, seedStaff } from '../prisma/seed';
import { dropDatabase, ensureDatabase, migrate } from '../scripts/stack/postgres';
import { builtApi } from './stack';

const OPEN = Number(process.argv[2] ?? 100_000);
const REQUESTS = Number(process.argv[3] ?? 100);
const VIEWS = ['mine', 'queue', 'escalated', 'overdue', 'dueToday', 'all'] as const;
const ROLES = ['reception', 'engineer', 'cashier', 'greening', 'engineering-lead', 'supervisor', 'director'] as const;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function fill(prisma: ReturnType<typeof createPrismaClient>, open: number) {
  // One case per 4 tasks, as a process opens several steps over its life.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Case" (process, "workflowId", "titleZh", "titleEn", "policyKey", "policyVersion", priority, "openedAt")
    SELECT (ARRAY['complaint','repair','dunning','home-collection'])[1 + i % 4], 'bench-' || i, '压测个案 ' || i, 'Bench case ' || i, 'bench', 0,
           'NORMAL', now() - (i % 60) * interval '1 day'
    FROM generate_series(1, ${Math.ceil((open * 2) / 4)}) i`);
  const [{ min }] = await prisma.$queryRawUnsafe<{ min: number }[]>(`SELECT min(id) AS min FROM "Case"`);
  // Candidates as the processes open them: a role (CS roles), a department (other departments), or both.
  const candidates = [
    `'RECEPTION', NULL`, `'SERVICE_COMMISSIONER', NULL`, `'ENGINEER', 'ENGINEERING'`, `'CASHIER', NULL`, `'INTERNAL_CLERK', NULL`,
    `'CS_SUPERVISOR', NULL`, `NULL, 'SECURITY'`, `NULL, 'CLEANING'`, `NULL, 'GREENING'`, `'ENGINEER', NULL`,
  ];
  const staff = await prisma.staff.findMany({ select: { id: true } });
  const ids = `ARRAY[${staff.map((s) => s.id).join(',')}]`;
  for (const [status, offset] of [['OPEN', 0], ['COMPLETED', open]] as const) {
    const rows = status === 'OPEN' ? open : open;
    for (let c = 0; c < candidates.length; c++) {
      await prisma.$executeRawUnsafe(`
        INSERT INTO "Task" ("caseId", key, "titleZh", "titleEn", "candidateRole", "candidateDepartment", "assigneeId", priority, "dueAt",
                            "escalationLevel", "escalatedRole", status, form, "completedById", "completedAt", "updatedAt")
        SELECT ${min} + (i / 4), 'step-' || (i % 4), '压测任务 ' || i, 'Bench task ' || i, ${candidates[c]},
               CASE WHEN i % 3 = 0 THEN (${ids})[1 + i % ${staff.length}] END,
               'NORMAL',
               now() + ((i % 200) - 20) * interval '1 hour',
               CASE WHEN i % 50 = 0 THEN 1 ELSE 0 END,
               CASE WHEN i % 50 = 0 THEN (ARRAY['CS_SUPERVISOR','OFFICE_DIRECTOR','DEPT_SUPERVISOR']::"StaffRole"[])[1 + i % 3] END,
               '${status}', '[]',
               ${status === 'COMPLETED' ? `(${ids})[1 + i % ${staff.length}]` : 'NULL'},
               ${status === 'COMPLETED' ? 'now()' : 'NULL'}, now()
        FROM generate_series(${offset + c}, ${offset + rows - 1}, ${candidates.length}) i`);
    }
  }
  await prisma.$executeRawUnsafe('ANALYZE');
}

async function main() {
  const server = process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432';
  const databaseUrl = `${server}/estate_desk_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, 4);
  const credentials = Object.fromEntries(DEMO_STAFF.map((s) => [s.username, `pw-${s.username}-${randomBytes(6).toString('hex')}`]));
  await seedStaff(prisma, credentials);
  const started = Date.now();
  await fill(prisma, OPEN);
  const open = await prisma.task.count({ where: { status: 'OPEN' } });
  console.log(`${open} open tasks (and ${await prisma.task.count({ where: { status: 'COMPLETED' } })} done) in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // The API as it runs in production; its Temporal connection is never used.
  const api = await builtApi({ DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: '127.0.0.1:1' });
  const { url } = api;
  try {
    const all: number[] = [];
    const rows: string[] = [];
    for (const role of ROLES) {
      const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: role, password: credentials[role] }) });
      const { token: accessToken } = (await login.json()) as { token: string };
      for (const view of VIEWS) {
        const query = `sort=${encodeURIComponent('["dueAt","ASC"]')}&range=${encodeURIComponent('[0,24]')}&filter=${encodeURIComponent(JSON.stringify({ view }))}`;
        const times: number[] = [];
        let total = '';
        for (let i = 0; i < REQUESTS + 5; i++) {
          const t0 = performance.now();
          const res = await fetch(`${url}/tasks?${query}`, { headers: { Authorization: `Bearer ${accessToken}` } });
          await res.arrayBuffer();
          const ms = performance.now() - t0;
          if (res.status !== 200) throw new Error(`${role} ${view}: ${res.status}`);
          total = res.headers.get('content-range')?.split('/')[1] ?? '';
          if (i >= 5) times.push(ms); // the first few warm the connection pool and the plan cache
        }
        times.sort((a, b) => a - b);
        all.push(...times);
        rows.push(`| ${role} | ${view} | ${total} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms | ${times[times.length - 1].toFixed(1)} ms |`);
      }
    }
    all.sort((a, b) => a - b);
    console.log('| role | view | tasks in view | p50 | p95 | max |\n| --- | --- | --- | --- | --- | --- |');
    console.log(rows.join('\n'));
    console.log(`\nall views: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms over ${all.length} requests`);
  } finally {
    await api.stop();
    await prisma.$disconnect();
    if (!process.env.BENCH_KEEP_DATABASE) await dropDatabase(databaseUrl);
    else console.log(`kept ${databaseUrl}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
