import type { PrismaClient } from '../../prisma/client';
import type { Credentials } from '../../prisma/seed';

/**
 * The demo seeding's way into the product: its own API, signed in as the demo staff, so that the demo's
 * records are made by the same rules, processes and history as anybody's.
 */
export function demoApi(apiUrl: string, credentials: Credentials) {
  const tokens: Record<string, string> = {};
  const token = async (who: string) => {
    if (!tokens[who]) {
      const login = await fetch(`${apiUrl}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: who, password: credentials[who] }) });
      if (!login.ok) throw new Error(`sign-in as ${who}: ${login.status}`);
      tokens[who] = ((await login.json()) as { token: string }).token;
    }
    return tokens[who];
  };
  /** One request as `who`; a refusal stops the seeding with what the API said. */
  const call = async <T = { id: number; caseId: number }>(who: string, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(who)}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} as ${who}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<T>;
  };
  /** A file uploaded as `who` (multipart, field `file`): a scan checked on a checklist, a photo on a case. */
  const upload = async (who: string, path: string, file: Blob, name: string): Promise<void> => {
    const form = new FormData();
    form.append('file', file, name);
    const res = await fetch(`${apiUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${await token(who)}` }, body: form });
    if (!res.ok) throw new Error(`POST ${path} as ${who}: ${res.status} ${await res.text()}`);
  };
  return { call, upload };
}

/** Completes a task of a case as `who` once its process has opened it. */
export async function completeWhenOpen(
  prisma: PrismaClient,
  call: ReturnType<typeof demoApi>['call'],
  who: string,
  caseId: number,
  key: string,
  formData: Record<string, unknown>,
): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const task = await prisma.task.findUnique({ where: { caseId_key: { caseId, key } } });
    if (task) {
      await call(who, 'POST', `/tasks/${task.id}/complete`, { formData });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`task ${key} of case ${caseId} did not open`);
}
