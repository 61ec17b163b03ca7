import path from 'node:path';
import { freePortBlock } from './ports';
import { Supervised } from './supervised';
import { devServerArgs, findTemporalCli, startTemporalDevServer, waitForTemporal, type Log } from './temporal';
import { findTemporalServer, registerNamespace, serverCommand, setupServerSchema, writeServerConfig } from './temporal-server';

/** The two ways the Temporal server runs here: the dev server on SQLite, or the server on PostgreSQL as deployed. */
export type TemporalShape = 'dev' | 'server';

export const TEMPORAL_SHAPES: readonly TemporalShape[] = ['dev', 'server'];

export interface LaunchOptions {
  shape: TemporalShape;
  /** The frontend's gRPC port. */
  port: number;
  /** The dev server's Web UI port (the server on PostgreSQL has no UI of its own). */
  uiPort?: number;
  /** Where its state lives between runs: the dev server's SQLite file, the server's config folder. */
  dataDir?: string;
  /** The server on PostgreSQL: the PostgreSQL server and its databases' name (`<database>`, `<database>_visibility`). */
  postgresUrl?: string;
  database?: string;
  log: Log;
  /** Leaves the server's own log out of this process's output (tests, benchmarks). */
  quiet?: boolean;
}

export interface LaunchedTemporal {
  shape: TemporalShape;
  address: string;
  uiUrl?: string;
  /** The supervised process: killed, it is started again on its own data. */
  process?: Supervised;
  stop(): Promise<void>;
}

/**
 * Starts the Temporal server in the given shape as a supervised child (restarted within seconds when it
 * dies, on the same data), and waits until it answers with the `default` namespace ready.
 */
export async function launchTemporal(opts: LaunchOptions): Promise<LaunchedTemporal> {
  const address = `127.0.0.1:${opts.port}`;
  if (opts.shape === 'server') {
    const bin = findTemporalServer(opts.log);
    const server = {
      postgresUrl: opts.postgresUrl ?? 'postgresql://postgres@127.0.0.1:5432',
      database: opts.database ?? 'temporal',
      port: opts.port,
      servicePorts: await freePortBlock(8),
      root: opts.dataDir ?? path.join(process.cwd(), '.data', 'temporal-server'),
      log: opts.log,
    };
    await setupServerSchema(bin, server);
    writeServerConfig(server);
    const { command, args } = serverCommand(bin, server);
    const supervised = new Supervised('Temporal server', command, args, { stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'], say: opts.log });
    supervised.start();
    try {
      await registerNamespace(address, 'default', 90_000);
    } catch (error) {
      await supervised.stop();
      throw error;
    }
    return { shape: 'server', address, process: supervised, stop: () => supervised.stop() };
  }
  const cli = findTemporalCli(opts.log);
  const dev = { port: opts.port, uiPort: opts.uiPort, dbFile: opts.dataDir ? path.join(opts.dataDir, 'temporal.db') : undefined, log: opts.log };
  if (!cli) {
    // Without the CLI the SDK runs (and stops) the dev server itself; nothing here can restart it.
    const running = await startTemporalDevServer(dev);
    return { shape: 'dev', ...running };
  }
  const supervised = new Supervised('Temporal dev server', cli, devServerArgs(dev), { errorsOnExit: true, say: opts.log });
  supervised.start();
  try {
    await waitForTemporal(address, 60_000);
  } catch (error) {
    await supervised.stop();
    throw error;
  }
  return { shape: 'dev', address, uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined, process: supervised, stop: () => supervised.stop() };
}
