import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/stack/ports';

export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Attempts refused so far (temporary failures). */
  refused: number;
  close(): Promise<void>;
}

/** A real SMTP server in-process; it refuses the first `failFirst` messages with a temporary error. */
export async function startSmtpServer({ failFirst = 0 } = {}): Promise<TestSmtp> {
  const port = await freePort();
  const state: TestSmtp = { url: `smtp://127.0.0.1:${port}`, received: [], refused: 0, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.refused < failFirst) {
          state.refused++;
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            state.received.push(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
