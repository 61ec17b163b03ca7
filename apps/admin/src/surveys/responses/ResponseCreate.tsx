import { Box, Paper, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Create, DateInput, RadioButtonGroupInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useController, useWatch } from 'react-hook-form';
import { HouseholdLookup } from '../../common/HouseholdInput';
import { pick } from '../../common/localized';
import { useRequestId } from '../../common/useRequestId';
import { QuestionInput } from '../answer/QuestionInput';
import { STAFF_METHODS, type AnswerValue, type Campaign, type Questionnaire } from '../types';

/** The questions of the questionnaire picked (or the campaign's), each answered as the paper form says. */
const AnswerInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider();
  const campaignId = useWatch({ name: 'campaignId' }) as number | undefined;
  const questionnaireId = useWatch({ name: 'questionnaireId' }) as number | undefined;
  const { field } = useController<Record<string, Record<string, AnswerValue>>>({ name: 'answers', defaultValue: {} });
  const id = useQuery({
    queryKey: ['survey-campaigns', campaignId],
    queryFn: async () => (await dataProvider.getOne<Campaign>('survey-campaigns', { id: campaignId! })).data.questionnaire.id,
    enabled: !!campaignId,
  }).data ?? questionnaireId;
  const questionnaire = useQuery({
    queryKey: ['questionnaires', id],
    queryFn: async () => (await dataProvider.getOne<Questionnaire>('questionnaires', { id: id! })).data,
    enabled: !!id,
  }).data;
  if (!questionnaire) return null;
  const answers = field.value ?? {};
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('estate.surveys.questions')} · {pick({ zh: questionnaire.titleZh, en: questionnaire.titleEn }, locale)} v{questionnaire.version}
      </Typography>
      {questionnaire.questions.map((q, i) => (
        <Paper key={q.id} variant="outlined" sx={{ p: 1.5, mb: 1.5 }}>
          <Typography id={`staff-q-${q.id}`} sx={{ mb: 1 }}>
            {i + 1}. {pick(q.text, locale)}
            {q.required ? ' *' : ''}
          </Typography>
          <QuestionInput
            question={q}
            value={answers[q.id]}
            lang={locale}
            labels={{ yes: translate('estate.surveys.yes'), no: translate('estate.surveys.no'), placeholder: '' }}
            labelledBy={`staff-q-${q.id}`}
            onChange={(value) => {
              const { [q.id]: _old, ...rest } = answers;
              field.onChange(value === undefined ? rest : { ...rest, [q.id]: value });
            }}
          />
        </Paper>
      ))}
    </Box>
  );
};

/**
 * SAT-1: a survey taken by visit or phone, or a paper opinion form, typed in by staff: the campaign (or the
 * questionnaire), the household, the date on the form, and each answer. One request id per filling.
 */
export const ResponseCreate = () => {
  const requestId = useRequestId('survey-response');
  const transform = (data: Record<string, unknown>) => ({
    method: data.method,
    ...(data.campaignId ? { campaignId: data.campaignId } : { questionnaireId: data.questionnaireId }),
    ...(data.householdId ? { householdId: data.householdId } : {}),
    ...(data.respondentName ? { respondentName: data.respondentName } : {}),
    ...(data.respondedAt ? { respondedAt: data.respondedAt } : {}),
    ...(data.note ? { note: data.note } : {}),
    answers: Object.entries((data.answers as Record<string, AnswerValue>) ?? {}).map(([questionId, value]) => ({ questionId, value })),
    requestId,
  });
  return (
    <Create title="estate.surveys.menu_new_response" transform={transform} redirect="list">
      <SimpleForm defaultValues={{ method: 'PAPER', answers: {} }} sx={{ maxWidth: 760 }}>
        <RadioButtonGroupInput source="method" choices={STAFF_METHODS.map((m) => ({ id: m, name: `estate.surveys.method.${m}` }))} validate={required()} />
        <ReferenceInput source="campaignId" reference="survey-campaigns" filter={{ status: 'OPEN' }} sort={{ field: 'createdAt', order: 'DESC' }}>
          <SelectInput optionText="name" fullWidth />
        </ReferenceInput>
        <ReferenceInput source="questionnaireId" reference="questionnaires" sort={{ field: 'id', order: 'DESC' }}>
          <SelectInput optionText={(q: Questionnaire) => `${q.titleZh} / ${q.titleEn} v${q.version}`} fullWidth />
        </ReferenceInput>
        <HouseholdLookup />
        <TextInput source="respondentName" fullWidth />
        <DateInput source="respondedAt" />
        <AnswerInputs />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
