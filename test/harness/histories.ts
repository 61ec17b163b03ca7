import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

export const HISTORIES = path.join(__dirname, '..', 'histories');

/**
 * With RECORD_HISTORIES=1, keeps the finished workflow's history under test/histories/<process>/<name>.json,
 * where the replay tests read it. Recorded histories are committed: they stand for running cases.
 */
export async function recordHistory(client: Client, workflowId: string, processName: string, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const dir = path.join(HISTORIES, processName);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(JSON.parse(historyToJSON(history)), null, 1));
}


/** A recorded history, in the JSON form the Temporal CLI and Web UI also export. */
export function loadHistory(processName: string, file: string) {
  return historyFromJSON(JSON.parse(fs.readFileSync(path.join(HISTORIES, processName, file), 'utf8')));
}
