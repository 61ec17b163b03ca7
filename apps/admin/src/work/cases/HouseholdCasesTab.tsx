import { DataTable, ReferenceManyField, useGetList, useRecordContext } from 'react-admin';
import { CASE_STATUS_COLORS, PRIORITY_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { Section } from '../../common/Section';
import { EmptyLine } from '../../common/SubRecordsTab';
import { EscalationLevelField, TitleField } from '../tasks/TaskFields';
import { Timeline } from '../timeline/Timeline';
import { escalatedRowSx, ProcessField } from './CaseFields';
import type { Case } from './types';

/** The timeline of every case of the household; the cases' tasks give completed forms their labels. */
const HouseholdTimeline = ({ householdId }: { householdId: number | string }) => {
  const { data: cases } = useGetList<Case>('cases', {
    filter: { householdId },
    sort: { field: 'openedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const tasks = (cases ?? []).flatMap((c) => c.tasks ?? []);
  return <Timeline filter={{ householdId }} tasks={tasks} showCase />;
};

/** The household file's cases (ARC-1: every case ever opened) and their timeline. */
export const HouseholdCasesTab = () => {
  const household = useRecordContext();
  if (!household) return null;
  return (
    <>
      <Section title="estate.cases.of_household">
        <ReferenceManyField
          reference="cases"
          target="householdId"
          sort={{ field: 'openedAt', order: 'DESC' }}
          perPage={100}
          empty={<EmptyLine message="estate.cases.household_empty" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false} rowSx={escalatedRowSx}>
            <DataTable.Col source="id" />
            <DataTable.Col source="titleZh" label="resources.cases.fields.title" disableSort>
              <TitleField />
            </DataTable.Col>
            <DataTable.Col source="process">
              <ProcessField />
            </DataTable.Col>
            <DataTable.Col source="priority">
              <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EnumField source="status" enumName="caseStatus" colors={CASE_STATUS_COLORS} />
            </DataTable.Col>
            <DataTable.Col source="escalationLevel">
              <EscalationLevelField />
            </DataTable.Col>
            <DataTable.Col source="openedAt">
              <DateTimeField source="openedAt" />
            </DataTable.Col>
            <DataTable.Col source="closedAt">
              <DateTimeField source="closedAt" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Section>
      <Section title="estate.timeline.title">
        <HouseholdTimeline householdId={household.id} />
      </Section>
    </>
  );
};
