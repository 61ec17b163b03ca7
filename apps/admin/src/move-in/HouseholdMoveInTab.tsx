import { Datagrid, DateField, FunctionField, ReferenceManyField, TextField, useLocaleState, useTranslate } from 'react-admin';
import { EmptyLine } from '../common/SubRecordsTab';
import type { MoveIn } from './types';

/** MOV-8: the household file's move-in: its stage, the keys handed over and the fee receipt (the scans and the inspection report are its documents). */
export const HouseholdMoveInTab = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <ReferenceManyField reference="move-ins" target="householdId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={20} empty={<EmptyLine message="estate.move_in.household_empty" />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" showTime />
        <FunctionField source="stage" render={(r: MoveIn) => translate(`estate.move_in.stage.${r.stage}`)} />
        <FunctionField source="applicantName" render={(r: MoveIn) => `${r.applicantName} (${translate(`estate.move_in.applicant.${r.applicantKind}`)})`} />
        <FunctionField label="estate.move_in.keys" render={(r: MoveIn) => r.issues.filter((i) => i.kind === 'KEY').map((i) => `${locale === 'zh' ? i.labelZh : i.labelEn} × ${i.count}`).join('; ') || '—'} />
        <TextField source="feeReceipt" emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  );
};
