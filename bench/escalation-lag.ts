/**
 * Escalation lag under load: N cases open a task at once, all due at the same moment; the lag is the
 * time from each deadline to its ESCALATED timeline entry (written by the worker's activity).
 *
 *   npx tsx bench/escalation-lag.ts [cases=500] [deadlineSeconds=20]
 *
 * Runs on a throw-away database and its own Temporal dev server (or TEMPORAL_ADDRESS), with one worker
 * in this process, like production's single-worker set-up.
 */
import { benchStack } from './stack';
import type { CoreDemoInput } from '../test/support/core-demo.workflow';

const CASES = Number(process.argv[2] ?? 500);
const DEADLINE_S = Number(process.argv[3] ?? 20);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const { prisma, client, taskQueue, stop } = await benchStack(require.resolve('../test/support/workflows'));

  try {
    const startedAt = Date.now();
    const due = `PT${DEADLINE_S}S`;
    const ids: number[] = [];
    for (let i = 0; i < CASES; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, CASES - i) }, async (_, j) => {
          const kase = await prisma.case.create({
            data: { process: 'core-demo', workflowId: `bench-${taskQueue}-${i + j}`, titleZh: '压测', titleEn: 'Bench', policyKey: 'core-demo', policyVersion: 0 },
          });
          ids.push(kase.id);
          const input: CoreDemoInput = {
            caseId: kase.id,
            delivery: { maximumAttempts: 1, initialIntervalMs: 1000 },
            policy: {
              task: {
                key: 'review',
                title: { zh: '审核', en: 'Review' },
                candidate: { role: 'RECEPTION' },
                deadlines: [{ due: { after: due }, escalate: { reassignTo: 'next-in-chain' } }],
              },
            },
          };
          await client.workflow.start('coreDemoWorkflow', { workflowId: kase.workflowId, taskQueue, args: [input] });
        }),
      );
    }
    const openedIn = (Date.now() - startedAt) / 1000;
    console.log(`${CASES} cases started in ${openedIn.toFixed(1)} s; deadlines in ${DEADLINE_S} s after each task opened`);

    const deadline = Date.now() + (DEADLINE_S + 300) * 1000;
    for (;;) {
      const escalated = await prisma.timelineEntry.count({ where: { type: 'ESCALATED', caseId: { in: ids } } });
      if (escalated >= CASES) break;
      if (Date.now() > deadline) throw new Error(`only ${escalated} of ${CASES} escalated in time`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const entries = await prisma.timelineEntry.findMany({ where: { type: 'ESCALATED', caseId: { in: ids } } });
    const tasks = new Map((await prisma.task.findMany({ where: { caseId: { in: ids } } })).map((t) => [t.id, t]));
    const lags = entries
      .map((e) => e.at.getTime() - (tasks.get(e.taskId!)!.createdAt.getTime() + DEADLINE_S * 1000))
      .sort((a, b) => a - b);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      JSON.stringify({ cases: CASES, deadlineSeconds: DEADLINE_S, lagP50: s(percentile(lags, 50)), lagP95: s(percentile(lags, 95)), lagP99: s(percentile(lags, 99)), lagMax: s(lags[lags.length - 1]) }),
    );
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
