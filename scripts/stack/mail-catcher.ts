import http from 'node:http';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A local mail catcher for `npm start`: an SMTP server that keeps the last messages in memory
 * and a web inbox to read them. Nothing leaves the machine.
 */
export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

const KEEP = 200;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(mails: { at: Date; mail: ParsedMail }[], selected?: number): string {
  const rows = mails
    .map(
      ({ at, mail }, i) =>
        `<tr${i === selected ? ' class="sel"' : ''}><td>${at.toISOString().slice(0, 19).replace('T', ' ')}</td><td>${escape(mail.to ? (Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to.text) : '')}</td><td><a href="/?m=${i}">${escape(mail.subject ?? '')}</a></td></tr>`,
    )
    .join('');
  const body = selected !== undefined && mails[selected] ? `<pre>${escape(mails[selected].mail.text ?? '')}</pre>` : '';
  return `<!doctype html><meta charset="utf-8"><title>收件箱 Mail catcher</title>
<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}.sel{background:#eef}pre{white-space:pre-wrap;background:#f7f7f7;padding:12px}</style>
<h1>收件箱 · Mail catcher</h1><p>本机发出的邮件（最近 ${KEEP} 封）· E-mail sent by this machine (last ${KEEP})</p>
<table><tr><th>时间 Time (UTC)</th><th>收件人 To</th><th>主题 Subject</th></tr>${rows}</table>${body}`;
}

export async function startMailCatcher(smtpPort: number, webPort: number): Promise<MailCatcher> {
  const mails: { at: Date; mail: ParsedMail }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.unshift({ at: new Date(), mail });
          mails.length = Math.min(mails.length, KEEP);
          callback();
        })
        .catch(callback);
    },
  });
  const web = http.createServer((req, res) => {
    const m = new URL(req.url ?? '/', 'http://localhost').searchParams.get('m');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(mails, m === null ? undefined : Number(m)));
  });
  await new Promise<void>((resolve, reject) => {
    smtp.on('error', reject);
    smtp.listen(smtpPort, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(webPort, '127.0.0.1', resolve);
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    stop: async () => {
      await new Promise<void>((r) => smtp.close(() => r()));
      await new Promise<void>((r) => web.close(() => r()));
    },
  };
}
