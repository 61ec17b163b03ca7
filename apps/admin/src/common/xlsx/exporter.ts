import type { Exporter } from 'react-admin';
import type { ExportSpec } from './spec';

/** A list's exporter, with the declaration it was made from. */
export type XlsxExporter = Exporter & { spec: ExportSpec };

/**
 * The `exporter` of a list: its records as an Excel workbook (.xlsx). The workbook code and exceljs load
 * only when someone exports, so the back office's first page does not carry them.
 */
export const xlsxExporter = (spec: ExportSpec): XlsxExporter =>
  Object.assign(
    async (records: Parameters<Exporter>[0], _fetchRelated: Parameters<Exporter>[1], dataProvider: Parameters<Exporter>[2]) => {
      const { exportWorkbook } = await import('./export');
      await exportWorkbook(spec, records, dataProvider);
    },
    { spec },
  );
