// Reads a PDF given on stdin with MuPDF (WebAssembly, from npm), for the tests: no pdftotext or pdftoppm.
// A separate process because mupdf is an ES module with top-level await, which jest's CommonJS runtime cannot load.
//   node pdf-reader.mjs text            -> JSON array with the text of each page
//   node pdf-reader.mjs png <page> <dpi> -> that page (1-based) as a PNG image
import * as mupdf from 'mupdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const doc = mupdf.Document.openDocument(new Uint8Array(Buffer.concat(chunks)), 'application/pdf');
const [mode, page = '1', dpi = '96'] = process.argv.slice(2);

if (mode === 'text') {
  const pages = [];
  for (let i = 0; i < doc.countPages(); i++) pages.push(doc.loadPage(i).toStructuredText().asText());
  process.stdout.write(JSON.stringify(pages));
} else if (mode === 'png') {
  const index = Number(page) - 1;
  if (!(index >= 0 && index < doc.countPages())) throw new Error(`The PDF has ${doc.countPages()} pages, not a page ${page}.`);
  const zoom = Number(dpi) / 72;
  const pixmap = doc.loadPage(index).toPixmap(mupdf.Matrix.scale(zoom, zoom), mupdf.ColorSpace.DeviceRGB, false, true);
  process.stdout.write(pixmap.asPNG());
} else {
  throw new Error(`Unknown mode ${mode}: use text or png.`);
}
