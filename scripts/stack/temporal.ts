import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';

/** The Temporal CLI release that carries the dev server (newest one `go install` can build). */
export const TEMPORAL_CLI_VERSION = '1.5.1';

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'estate-desk');
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export type Log = (message: string) => void;

/**
 * Finds the `temporal` CLI: TEMPORAL_CLI_PATH, then the PATH, then this product's cache folder.
 * Where none exists and Go is installed, builds it once into the cache from the Go module proxy.
 * Returns undefined where neither is possible (the caller then falls back to the SDK's download).
 */
export function findTemporalCli(log: Log): string | undefined {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`TEMPORAL_CLI_PATH points at ${fromEnv}, which does not exist: fix the path or unset it.`);
    }
    return fromEnv;
  }
  const found = onPath('temporal');
  if (found) return found;

  const binDir = path.join(cacheDir(), 'bin', `temporal-${TEMPORAL_CLI_VERSION}`);
  const cached = path.join(binDir, 'temporal');
  if (fs.existsSync(cached)) return cached;

  const go = onPath('go');
  if (!go) return undefined;
  log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} once into ${binDir} (takes a few minutes)...`);
  fs.mkdirSync(binDir, { recursive: true });
  const result = spawnSync(go, ['install', `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`], {
    env: { ...process.env, GOBIN: binDir, CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !fs.existsSync(cached)) {
    throw new Error(
      `Building the Temporal CLI with "go install" failed (exit ${result.status}): check that the Go module proxy is reachable, or set TEMPORAL_CLI_PATH to a temporal binary.`,
    );
  }
  return cached;
}

export interface DevServerOptions {
  port: number;
  /** Web UI port; omit for a headless server. */
  uiPort?: number;
  /** SQLite file that keeps the server's state across restarts; omit for in-memory. */
  dbFile?: string;
  namespace?: string;
  log: Log;
}

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

export async function waitForTemporal(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`The Temporal server at ${address} did not answer within ${timeoutMs / 1000}s: ${String(lastError)}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The `temporal` CLI's arguments that run the dev server with these options (its SQLite file made ready). */
export function devServerArgs(opts: DevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--namespace', opts.namespace ?? 'default'];
  args.push('--log-format', 'json', '--log-level', 'warn');
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.dbFile) {
    fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  return args;
}

/** Starts the Temporal dev server (real server, SQLite or in-memory) and waits until it answers. */
export async function startTemporalDevServer(opts: DevServerOptions): Promise<RunningTemporal> {
  const address = `127.0.0.1:${opts.port}`;
  const cli = findTemporalCli(opts.log);
  if (!cli) return startWithSdkDownload(opts, address);

  const child = spawn(cli, devServerArgs(opts), { stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The Temporal dev server exited (code ${code}): ${stderr.trim()}`))),
  );
  exited.catch(() => undefined);
  await Promise.race([waitForTemporal(address, 60_000), exited]);
  return {
    address,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined,
    stop: () => stopChild(child),
  };
}

/** Where Go is missing: the SDK downloads the dev server itself (needs internet access). */
async function startWithSdkDownload(opts: DevServerOptions, address: string): Promise<RunningTemporal> {
  opts.log('No temporal CLI and no Go toolchain: letting the Temporal SDK download the dev server...');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1',
      port: opts.port,
      ui: Boolean(opts.uiPort),
      uiPort: opts.uiPort,
      dbFilename: opts.dbFile,
      namespace: opts.namespace ?? 'default',
      executable: { type: 'cached-download', downloadDir: path.join(cacheDir(), 'download') },
    },
  });
  return {
    address,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined,
    stop: () => env.teardown(),
  };
}
