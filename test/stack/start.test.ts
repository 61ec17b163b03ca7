import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../scripts/stack/ports';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `npm start`'s script and returns its exit code and output. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start with a missing dependency', () => {
  it('stops with one sentence saying PostgreSQL is unreachable and how to fix it', async () => {
    const port = await freePort();
    const { code, output } = await start({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/estate_desk` });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port} is not reachable .*: start it, or set DATABASE_URL`));
  });

  it('stops with one sentence when TEMPORAL_ADDRESS points at no server', async () => {
    const port = await freePort();
    const { code, output } = await start({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(output).toContain(`The Temporal server at TEMPORAL_ADDRESS=127.0.0.1:${port} is not reachable: start it, or unset TEMPORAL_ADDRESS`);
  });

  it('refuses an invalid setting before starting anything', async () => {
    const { code, output } = await start({ API_PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration: API_PORT/);
  });
});
