import fs from 'node:fs';
import { dropDatabase } from '../../scripts/stack/postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__estateDeskTeardown as
    | { databaseUrl: string; bundlePath: string; stopTemporal?: () => Promise<void> }
    | undefined;
  if (!state) return;
  await state.stopTemporal?.();
  fs.rmSync(state.bundlePath, { force: true });
  if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(state.databaseUrl);
}
