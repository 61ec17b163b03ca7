import type { DataProvider, RaRecord } from 'react-admin';
import { saveBlob } from '../../http';
import { i18nProvider } from '../../i18n';
import { localDay } from '../days';
import { allRecords, fetchRelated, referencedIds } from './fetch';
import { cellOf, describeFilters, labelOf, safeFileName } from './format';
import type { ExportContext, ExportSpec } from './spec';
import { buildWorkbook } from './workbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


/** The list's records as an .xlsx workbook, saved under the list's name and today's date. */
export const exportWorkbook = async (spec: ExportSpec, first: RaRecord[], dataProvider: DataProvider): Promise<void> => {
  const locale = i18nProvider.getLocale();
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  const { records, total, filter } = await allRecords(first, dataProvider);
  const context: ExportContext = { locale, translate, loaded: spec.load ? await spec.load() : undefined };

  const wanted = new Map<string, Set<string>>();
  referencedIds(spec.columns, records, context, wanted);
  referencedIds(spec.filters ?? [], [filter], context, wanted);
  const related = await fetchRelated(wanted, dataProvider);

  const name = spec.title ? translate(spec.title) : translate(`resources.${spec.resource}.name`, { smart_count: 2 });
  const now = new Date();
  const at = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(now);
  const title =
    total > records.length
      ? translate('estate.export.title_cut', { title: name, at, count: records.length, total })
      : translate('estate.export.title', { title: name, at, smart_count: records.length });

  const workbook = buildWorkbook(
    {
      name,
      title,
      filters: describeFilters(spec, filter, context, related),
      columns: spec.columns.map((column) => ({ header: translate(labelOf(column, spec.resource)), kind: column.kind })),
      rows: records.map((record) => spec.columns.map((column) => cellOf(column, record, context, related))),
    },
    now,
  );
  const buffer = await workbook.xlsx.writeBuffer();
  const fileName = safeFileName(translate('estate.export.file_name', { title: name, date: localDay(now) }));
  saveBlob(new Blob([buffer], { type: XLSX_TYPE }), `${fileName}.xlsx`);
};
