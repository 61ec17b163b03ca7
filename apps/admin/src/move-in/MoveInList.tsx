import { Datagrid, DateField, FunctionField, List, ReferenceInput, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { STAGES, type MoveIn } from './types';
import { moveInExporter } from './exportColumns';

/** Every move-in, newest first, by stage (booked, in progress, waiting for defects, done). */
export const MoveInList = () => {
  const translate = useTranslate();
  const filters = [
    <TextInput key="q" source="q" alwaysOn />,
    <SelectInput key="stage" source="stage" choices={STAGES.map((s) => ({ id: s, name: `estate.move_in.stage.${s}` }))} alwaysOn />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
      <SelectInput optionText="name" />
    </ReferenceInput>,
  ];
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={moveInExporter}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <FunctionField source="householdId" render={(r: MoveIn) => `${r.household.unit.building.name} ${r.household.unit.number} · ${r.household.name}`} />
        <FunctionField source="applicantName" render={(r: MoveIn) => `${r.applicantName} (${translate(`estate.move_in.applicant.${r.applicantKind}`)})`} />
        <FunctionField source="stage" render={(r: MoveIn) => translate(`estate.move_in.stage.${r.stage}`)} />
        <DateField source="appointmentAt" showTime emptyText="—" />
        <DateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
};
