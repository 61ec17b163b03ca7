import type { SmsProvider } from '../../../../workflows/outbox/activities';

/**
 * The default SMS provider: sends nothing, the message stays in the outbox where staff read it.
 * Used until a gateway is configured (SMS_PROVIDER=http).
 */
export class RecordingSmsProvider implements SmsProvider {
  async send({ idempotencyKey }: { idempotencyKey: string }): Promise<string> {
    return `recorded:${idempotencyKey}`;
  }
}

/**
 * An SMS gateway over HTTP: `POST <url>` with JSON `{ to, body }`, the outbox key as the
 * `Idempotency-Key` header (a retried request is not sent twice) and an optional bearer token.
 * A 2xx answer with `{ id }` is a message accepted; anything else is an error to retry.
 */
export class HttpSmsProvider implements SmsProvider {
  constructor(
    private readonly url: string,
    private readonly token?: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send({ to, body, idempotencyKey }: { to: string; body: string; idempotencyKey: string }): Promise<string> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to, body }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}: ${text.slice(0, 200)}`);
    const id = (JSON.parse(text || '{}') as { id?: unknown }).id;
    if (typeof id !== 'string' && typeof id !== 'number') throw new Error('SMS gateway answered without a message id');
    return String(id);
  }
}
