import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a PDF says and shows, read with MuPDF from npm (no poppler-utils on the machine): the text of each
 * page, and a page as a PNG to look at. Each call runs test/harness/pdf-reader.mjs in a child process.
 */
const READER = path.join(__dirname, 'pdf-reader.mjs');

function read(pdf: Uint8Array, args: string[]): Buffer {
  return execFileSync(process.execPath, [READER, ...args], { input: pdf, maxBuffer: 256 * 1024 * 1024 });
}

/** The text of each page, in reading order. */
export function pdfPages(pdf: Uint8Array): string[] {
  return JSON.parse(read(pdf, ['text']).toString('utf8')) as string[];
}

/** The whole text, pages separated by a form feed (as pdftotext prints it). */
export function pdfText(pdf: Uint8Array): string {
  return pdfPages(pdf).join('\f');
}

/** One page (1-based) rendered as a PNG image at `dpi` dots per inch. */
export function pdfPagePng(pdf: Uint8Array, page = 1, dpi = 96): Buffer {
  return read(pdf, ['png', String(page), String(dpi)]);
}

/** Renders a page into test-artifacts/<name>.png, for a person to look at, and returns the image. */
export function savePdfPage(pdf: Uint8Array, name: string, page = 1): Buffer {
  const png = pdfPagePng(pdf, page);
  const dir = path.resolve(__dirname, '..', '..', 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.png`), png);
  return png;
}

/** The smallest file that parses as a PDF (header, one object, cross-reference table, trailer), for uploads. */
export function minimalPdf(): Buffer {
  const head = '%PDF-1.4\n';
  const object = '1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  const xref = head.length + object.length;
  return Buffer.from(`${head}${object}xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
}
