import type { Response } from 'express';
import type { PdfFont } from '../../../../common/pdf';
import { reportLang, type FiguresReport, type ReportFormat } from './report';
import { renderReportPdf } from './report-pdf';
import { renderWorkbook } from './workbook';

const TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * Sends a figures report as a download, in the language of `?lang=` (Chinese by default): the file is named by
 * its ASCII name, and by its title and period in that language for browsers that read `filename*`.
 */
export async function sendReport(res: Response, format: ReportFormat, lang: unknown, report: () => Promise<FiguresReport>, font: PdfFont): Promise<void> {
  const language = reportLang(lang);
  const built = await report();
  const body = format === 'xlsx' ? await renderWorkbook(built, language) : await renderReportPdf(font, built, language);
  const titled = `${built.title[language]} ${built.period[language]}`.replace(/[\\/:*?"<>|]/g, '-');
  res.setHeader('Content-Type', TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${built.file}.${format}"; filename*=UTF-8''${encodeURIComponent(`${titled}.${format}`)}`);
  res.send(body);
}
