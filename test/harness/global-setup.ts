import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { ensureDatabase, migrate } from '../../scripts/stack/postgres';
import { freePort } from '../../scripts/stack/ports';
import { startTemporalDevServer, waitForTemporal } from '../../scripts/stack/temporal';


/**
 * Once per `npm test`: a fresh database (migrated), the Temporal dev server
 * (or TEMPORAL_ADDRESS when given), and the workflow bundle the test workers share.
 */
export default async function globalSetup(): Promise<void> {
  const log = (m: string) => process.stderr.write(`[harness] ${m}\n`);
  const server = process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432';
  const database = `estate_desk_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = `${server.replace(/\/$/, '')}/${database}`;
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;

  let stopTemporal: (() => Promise<void>) | undefined;
  if (process.env.TEMPORAL_ADDRESS) {
    await waitForTemporal(process.env.TEMPORAL_ADDRESS, 10_000);
  } else {
    const temporal = await startTemporalDevServer({ port: await freePort(), log });
    process.env.TEMPORAL_ADDRESS = temporal.address;
    stopTemporal = temporal.stop;
  }

  const quiet = () => undefined;
  const logger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: log, error: log };
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../support/workflows'), logger });
  const bundlePath = path.join(os.tmpdir(), `${database}-workflows.js`);
  fs.writeFileSync(bundlePath, bundle.code);
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
  process.env.NODE_ENV = 'test';
  // A strong signing secret of this run: the API refuses to start without one (there is no default).
  process.env.JWT_SECRET ??= randomBytes(48).toString('base64url');
  process.env.LOG_LEVEL ??= 'warn';

  (globalThis as Record<string, unknown>).__estateDeskTeardown = { databaseUrl, bundlePath, stopTemporal };
}
