import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { ensureDatabase } from './postgres';
import { cacheDir, onPath, waitForTemporal, type Log } from './temporal';

/**
 * The Temporal server as deployed: its own process, its state in PostgreSQL (two databases, the schema set
 * up and upgraded by Temporal's schema tool), the namespace registered through its API. Built once from the
 * Go module proxy into this product's cache, like the CLI of the dev server.
 */
export const TEMPORAL_SERVER_VERSION = '1.29.1';

export interface ServerBinaries {
  server: string;
  sqlTool: string;
  /** Temporal's versioned PostgreSQL schema (`temporal/`, `visibility/`), kept beside the binaries. */
  schemaDir: string;
}

function goCommand(go: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(go, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`"go ${args.join(' ')}" failed (exit ${result.status}): check that the Go module proxy is reachable.`);
  return result.stdout.trim();
}

/** The server, its schema tool and its schema: from the cache, or built once with Go. */
export function findTemporalServer(log: Log): ServerBinaries {
  const dir = path.join(cacheDir(), 'bin', `temporal-server-${TEMPORAL_SERVER_VERSION}`);
  const found = { server: path.join(dir, 'server'), sqlTool: path.join(dir, 'sql'), schemaDir: path.join(dir, 'schema', 'postgresql', 'v12') };
  if (fs.existsSync(found.server) && fs.existsSync(found.sqlTool) && fs.existsSync(found.schemaDir)) return found;
  const go = onPath('go');
  if (!go) throw new Error(`The Temporal server is not in ${dir} and there is no Go toolchain to build it: install Go, or run on the dev server.`);
  log(`Building the Temporal server ${TEMPORAL_SERVER_VERSION} and its schema tool once into ${dir} (a few minutes)...`);
  fs.mkdirSync(dir, { recursive: true });
  const env = { GOBIN: dir, CGO_ENABLED: '0' };
  goCommand(go, ['install', `go.temporal.io/server/cmd/server@v${TEMPORAL_SERVER_VERSION}`], env);
  goCommand(go, ['install', `go.temporal.io/server/cmd/tools/sql@v${TEMPORAL_SERVER_VERSION}`], env);
  const module = path.join(goCommand(go, ['env', 'GOMODCACHE'], {}), `go.temporal.io/server@v${TEMPORAL_SERVER_VERSION}`);
  fs.cpSync(path.join(module, 'schema', 'postgresql', 'v12'), found.schemaDir, { recursive: true });
  return found;
}

export interface ServerOnPostgresOptions {
  /** The PostgreSQL server (user, password, host, port); the databases are `<database>` and `<database>_visibility`. */
  postgresUrl: string;
  database: string;
  /** The frontend's gRPC port. */
  port: number;
  /**
   * The first of 8 ports below 32768 for the services' own gRPC ports (history, matching, worker) and the
   * membership ports of all four (the server stores those in a smallint column), and the frontend's HTTP port.
   */
  servicePorts: number;
  /** Where the server's config is written. */
  root: string;
  namespace?: string;
  log: Log;
}

/** Creates the two databases when missing and brings their schema to this server's version (idempotent). */
export async function setupServerSchema(bin: ServerBinaries, opts: ServerOnPostgresOptions): Promise<void> {
  const url = new URL(opts.postgresUrl);
  for (const [database, schema] of [
    [opts.database, 'temporal'],
    [`${opts.database}_visibility`, 'visibility'],
  ] as const) {
    const target = new URL(url.href);
    target.pathname = `/${database}`;
    const fresh = await ensureDatabase(target.href);
    const tool = (...args: string[]) => {
      const result = spawnSync(
        bin.sqlTool,
        ['--plugin', 'postgres12', '--ep', url.hostname, '-p', url.port || '5432', '-u', decodeURIComponent(url.username || 'postgres'), '--db', database, ...args],
        { env: { ...process.env, SQL_PASSWORD: decodeURIComponent(url.password) }, encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`Temporal's schema tool failed on ${database} (${args[0]}): ${(result.stderr || result.stdout).trim().slice(-1500)}`);
    };
    if (fresh) tool('setup-schema', '-v', '0.0');
    tool('update-schema', '-d', path.join(bin.schemaDir, schema, 'versioned'));
  }
}

/** The server's static config, written as JSON (which YAML reads) under `<root>/config/development.yaml`. */
export function writeServerConfig(opts: ServerOnPostgresOptions): void {
  const url = new URL(opts.postgresUrl);
  const store = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${url.hostname}:${url.port || '5432'}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(url.username || 'postgres'),
      password: decodeURIComponent(url.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const p = opts.servicePorts;
  const rpc = (grpcPort: number, membershipPort: number, httpPort?: number) => ({
    rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...(httpPort ? { httpPort } : {}) },
  });
  const config = {
    log: { stdout: true, level: 'error', format: 'json' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 4,
      datastores: { default: store(opts.database, 6), visibility: store(`${opts.database}_visibility`, 2) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: { frontend: rpc(opts.port, p, p + 7), history: rpc(p + 1, p + 2), matching: rpc(p + 3, p + 4), worker: rpc(p + 5, p + 6) },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${opts.port}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
    namespaceDefaults: { archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } } },
    dynamicConfigClient: { filepath: path.join(opts.root, 'config', 'dynamic.yaml'), pollInterval: '10s' },
  };
  // What the product relies on beyond the defaults: Workflow Updates (the inbox's claims and completions).
  const dynamic = {
    'frontend.enableUpdateWorkflowExecution': [{ value: true }],
    'frontend.enableUpdateWorkflowExecutionAsyncAccepted': [{ value: true }],
    'limit.maxIDLength': [{ value: 255 }],
  };
  fs.mkdirSync(path.join(opts.root, 'config'), { recursive: true });
  fs.writeFileSync(path.join(opts.root, 'config', 'development.yaml'), JSON.stringify(config, null, 2));
  fs.writeFileSync(path.join(opts.root, 'config', 'dynamic.yaml'), JSON.stringify(dynamic, null, 2));
}

/** The command that runs the server (the caller starts and supervises it). */
export function serverCommand(bin: ServerBinaries, opts: ServerOnPostgresOptions): { command: string; args: string[] } {
  return { command: bin.server, args: ['--root', opts.root, '--config', 'config', '--env', 'development', 'start'] };
}

/** Once the server answers: registers the namespace unless it exists (30 days of closed workflows kept). */
export async function registerNamespace(address: string, namespace: string, timeoutMs = 60_000): Promise<void> {
  await waitForTemporal(address, timeoutMs);
  const connection = await Connection.connect({ address });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } catch {
        try {
          await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('30 days') });
        } catch (error) {
          // Already registered by a concurrent start, or the server still warming up: look again.
          if (Date.now() > deadline) throw error;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await connection.close();
  }
}
