import { pick } from '../../common/bilingual';
import { col, staffName, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { policyKind } from './schema';

/** A policy by its name in the UI's language, never its key. */
const kindName = (record: { key?: unknown }, context: { locale: string }) => {
  const kind = policyKind(String(record.key ?? ''));
  return kind ? pick(kind.name, context.locale) : '';
};

/** A version's data is for the page that words it; the register lists who saved which version, and why. */
const columns: ExportColumn[] = [
  col.text('key', { get: kindName }),
  col.count('version'),
  col.text('note'),
  col.reference('createdById', 'staff', staffName),
  col.datetime('createdAt'),
];

export const policyExporter = xlsxExporter({ resource: 'policies', columns, filters: [col.text('key', { get: kindName })] });
