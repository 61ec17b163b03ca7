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
