import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase } from '../../scripts/stack/postgres';
import { freePort } from '../../scripts/stack/ports';
import { launchTemporal, type LaunchedTemporal } from '../../scripts/stack/temporal-launch';

const ROOT = path.resolve(__dirname, '..', '..');

/** The Temporal server on PostgreSQL as deployed, on its own databases (dropped by `stop`). */
export async function deployedTemporal(): Promise<LaunchedTemporal & { drop(): Promise<void> }> {
  const server = (process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432').replace(/\/$/, '');
  const database = `estate_desk_temporal_test_${randomBytes(3).toString('hex')}`;
  const temporal = await launchTemporal({
    shape: 'server',
    port: await freePort(),
    dataDir: path.join(os.tmpdir(), database),
    postgresUrl: server,
    database,
    log: (m) => process.stderr.write(`[temporal-server] ${m}\n`),
    quiet: true,
  });
  return {
    ...temporal,
    async drop() {
      await dropDatabase(`${server}/${database}`);
      await dropDatabase(`${server}/${database}_visibility`);
    },
  };
}

/** A worker as production runs it: its own process (`apps/worker/src/main.ts`), polling the given task queue. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Stops it gracefully (SIGTERM) and waits. */
  stop(): Promise<void>;
}

export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  // tsx as a loader of this very process (not its CLI, which runs the script in a child): killing `child` kills the worker.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
