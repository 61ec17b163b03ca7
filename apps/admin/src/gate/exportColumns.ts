import { CHINA_TIME, col, xlsxExporter, type ExportColumn } from '../common/xlsx';
import type { ReleasePass } from './types';

interface GateCheck {
  pass: { number: string; holderName: string } | null;
}

const checkColumns: ExportColumn[] = [
  col.datetime('checkedAt', { timeZone: CHINA_TIME }),
  col.choice('result', 'estate.gate.result'),
  col.text('passId', { get: ({ pass }: GateCheck) => (pass ? `${pass.number} · ${pass.holderName}` : null) }),
  col.text('query'),
  col.text('gate'),
  col.text('checkedBy.displayName', { label: 'resources.gate-checks.fields.checkedBy' }),
  col.boolean('markedUsed'),
];

export const gateCheckExporter = xlsxExporter({ resource: 'gate-checks', columns: checkColumns, filters: [col.choice('result', 'estate.gate.result')] });

const passColumns: ExportColumn<ReleasePass>[] = [
  col.text('pass.number', { label: 'resources.release-passes.fields.number' }),
  col.text('householdId', { get: ({ household }) => (household ? `${household.unit.building.name} ${household.unit.number} · ${household.name}` : null) }),
  col.choice('applicantKind', 'estate.gate.applicant'),
  col.text('applicantName'),
  col.text('applicantPhone'),
  col.text('items', { get: (pass) => (pass.items ?? []).map((item) => `${item.name} ×${item.quantity}`).join('、') }),
  col.text('vehicle'),
  col.datetime('validFrom', { timeZone: CHINA_TIME }),
  col.datetime('validTo', { timeZone: CHINA_TIME }),
  col.choice('status', 'estate.gate.status'),
  col.datetime('createdAt', { timeZone: CHINA_TIME }),
  col.datetime('issuedAt', { timeZone: CHINA_TIME }),
];

export const releasePassExporter = xlsxExporter({ resource: 'release-passes', columns: passColumns, filters: [col.choice('status', 'estate.gate.status')] });
