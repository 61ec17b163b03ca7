export { CHINA_TIME, col, dayRange, staffName, type ExportColumn, type ExportContext, type ExportSpec } from './spec';
export { xlsxExporter, type XlsxExporter } from './exporter';
export { withListQuery } from './listQuery';
