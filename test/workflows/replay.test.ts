import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { HISTORIES, loadHistory } from '../harness/histories';

/**
 * Every recorded history of every process replays against today's workflow code.
 * A change that would break running cases (a new command order without `patched`) fails here.
 */
const processes = fs.readdirSync(HISTORIES).filter((d) => fs.statSync(path.join(HISTORIES, d)).isDirectory());

describe.each(processes)('replay of recorded %s histories', (process) => {
  const files = fs.readdirSync(path.join(HISTORIES, process)).filter((f) => f.endsWith('.json'));

  it('has recorded histories', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = loadHistory(process, file);
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: globalThis.process.env.WORKFLOW_BUNDLE_PATH! } }, history, file),
    ).resolves.toBeUndefined();
  });
});
