import { createHash } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, PayloadTooLargeException, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { badRequest } from './errors';

/** The file types kept (the household file's documents, cases' photos and scans), recognised by their first bytes, not by what the client claims. */
const SIGNATURES: { mimeType: string; bytes: number[] }[] = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function detectMimeType(content: Buffer): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.mimeType;
}

/** Markup a browser would run if it ever rendered the file as a page. */
const MARKUP = /<\s*(?:!doctype|html|head|body|script|iframe|object|embed|svg|meta|form|img)[\s>/]/i;

/**
 * Whether a file that starts like a PDF is one: a version header, at least one object, and at its end
 * `startxref <offset> %%EOF` with the offset pointing at a cross-reference table or stream. A file that
 * starts `%PDF-` and continues as anything else (HTML, a script) is refused, as is one holding page markup.
 */
export function isWellFormedPdf(content: Buffer): boolean {
  if (!/^%PDF-[12]\.\d[\r\n\s%]/.test(content.subarray(0, 16).toString('latin1'))) return false;
  const tail = content.subarray(Math.max(0, content.length - 1024)).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail);
  if (!end) return false;
  const offset = Number(end[1]);
  if (!Number.isSafeInteger(offset) || offset < 9 || offset >= content.length) return false;
  if (!/^\s*(?:xref\s|\d+\s+\d+\s+obj\b)/.test(content.subarray(offset, offset + 32).toString('latin1'))) return false;
  const text = content.toString('latin1');
  return /\d+\s+\d+\s+obj\b/.test(text) && !MARKUP.test(text);
}

/** An uploaded file as it is kept: its type read from its bytes, its name, size and digest. */
export interface AcceptedFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array<ArrayBuffer>;
}

/**
 * Checks an upload (the household file's documents, a case's photos and scans): present, not empty, a PDF,
 * PNG or JPEG by its first bytes, a PDF well formed. Refused with a 400 naming `file`; nothing is kept.
 */
export function acceptUpload(file: Express.Multer.File | undefined): AcceptedFile {
  if (!file) throw badRequest('file', 'a file is required');
  if (file.size === 0) throw badRequest('file', 'the file is empty');
  const mimeType = detectMimeType(file.buffer);
  if (!mimeType) throw badRequest('file', 'only PDF, PNG and JPEG files are accepted');
  if (mimeType === 'application/pdf' && !isWellFormedPdf(file.buffer)) {
    throw badRequest('file', 'the file starts like a PDF but is not a well-formed PDF');
  }
  return {
    // Multer reads the name as Latin-1; browsers send it as UTF-8.
    fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
    mimeType,
    sizeBytes: file.size,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    content: new Uint8Array(file.buffer),
  };
}

/** A kept file sent back: always a download, never rendered as a page of this origin, its type not guessed. */
export function sendFile(res: Response, file: { mimeType: string; fileName: string; content: Uint8Array }): StreamableFile {
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  return new StreamableFile(Buffer.from(file.content));
}

/** A file over the size limit: a 413 that names `file` and the limit. */
@Catch(PayloadTooLargeException)
export class FileTooLargeFilter implements ExceptionFilter {
  constructor(private readonly maxBytes: () => number) {}

  catch(_: PayloadTooLargeException, host: ArgumentsHost) {
    const mb = Math.round((this.maxBytes() / 1024 / 1024) * 10) / 10;
    const message = `the file is larger than the ${mb} MB limit`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `file: ${message}`, errors: [{ field: 'file', message }] });
  }
}
