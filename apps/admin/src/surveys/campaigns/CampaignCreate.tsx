import { Typography } from '@mui/material';
import { AutocompleteArrayInput, Create, RadioButtonGroupInput, ReferenceArrayInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { householdOptionText } from '../../common/HouseholdInput';
import { pick } from '../../common/localized';
import { useRequestId } from '../../common/useRequestId';
import { SURVEY_METHODS, type Questionnaire } from '../types';

const LinkNote = () => {
  const translate = useTranslate();
  return useWatch({ name: 'method' }) === 'LINK' ? (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('estate.surveys.link_note')}
    </Typography>
  ) : null;
};

/** SAT-1: a new campaign: a building's households (or some picked), by visit, phone, paper form or SMS link. */
export const CampaignCreate = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const requestId = useRequestId('survey-campaign');
  const transform = (data: Record<string, unknown>) => ({
    name: data.name,
    questionnaireId: data.questionnaireId,
    method: data.method,
    ...(data.buildingId ? { buildingId: data.buildingId } : { householdIds: data.householdIds }),
    requestId,
  });
  return (
    <Create transform={transform} redirect="show">
      <SimpleForm defaultValues={{ method: 'LINK' }} sx={{ maxWidth: 720 }}>
        <TextInput source="name" validate={required()} fullWidth />
        <ReferenceInput source="questionnaireId" reference="questionnaires" sort={{ field: 'id', order: 'DESC' }}>
          <SelectInput optionText={(q: Questionnaire) => `${pick({ zh: q.titleZh, en: q.titleEn }, locale)} v${q.version}`} validate={required()} fullWidth />
        </ReferenceInput>
        <RadioButtonGroupInput source="method" choices={SURVEY_METHODS.map((m) => ({ id: m, name: `estate.surveys.method.${m}` }))} validate={required()} />
        <LinkNote />
        <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
          <SelectInput optionText="name" helperText={translate('estate.surveys.households_help')} fullWidth />
        </ReferenceInput>
        <ReferenceArrayInput source="householdIds" reference="households" filter={{ active: true }}>
          <AutocompleteArrayInput optionText={householdOptionText} filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceArrayInput>
      </SimpleForm>
    </Create>
  );
};
