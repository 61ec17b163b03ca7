import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import type { Campaign } from '../types';

/** Every household asked: when its link went out, whether it was reminded, whether and when it answered. */
const Invitations = () => {
  const campaign = useRecordContext<Campaign>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!campaign?.invitations) return null;
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  return (
    <Box component="section" data-testid="survey-invitations">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('estate.surveys.who')} · {translate('estate.surveys.answered_count', { asked: campaign.asked, answered: campaign.answered })}
      </Typography>
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.survey-responses.fields.householdId')}</TableCell>
              {campaign.method === 'LINK' && <TableCell>{translate('estate.surveys.sent')}</TableCell>}
              {campaign.method === 'LINK' && <TableCell>{translate('estate.surveys.reminded')}</TableCell>}
              <TableCell>{translate('estate.surveys.answered_at')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {campaign.invitations.map((i) => (
              <TableRow key={i.id}>
                <TableCell>{i.household ? `${i.household.unit} · ${i.household.name}` : `#${i.householdId}`}</TableCell>
                {campaign.method === 'LINK' && <TableCell>{at(i.sentAt)}</TableCell>}
                {campaign.method === 'LINK' && <TableCell>{at(i.remindedAt)}</TableCell>}
                <TableCell>{i.answeredAt ? at(i.answeredAt) : <Chip size="small" label={translate('estate.surveys.not_answered')} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

const Summary = () => {
  const campaign = useRecordContext<Campaign>();
  const translate = useTranslate();
  const { pick } = useLocalized();
  if (!campaign) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
      <Labeled label="resources.survey-campaigns.fields.method">
        <span>{translate(`estate.surveys.method.${campaign.method}`)}</span>
      </Labeled>
      <Labeled label="resources.survey-campaigns.fields.status">
        <span>{translate(`estate.surveys.status.${campaign.status}`)}</span>
      </Labeled>
      <Labeled label="resources.survey-campaigns.fields.questionnaireId">
        <span>{`${pick({ zh: campaign.questionnaire.titleZh, en: campaign.questionnaire.titleEn })} v${campaign.questionnaire.version}`}</span>
      </Labeled>
      <Labeled source="createdAt">
        <DateTimeField source="createdAt" />
      </Labeled>
      <Labeled source="closesAt">
        <DateTimeField source="closesAt" />
      </Labeled>
    </Box>
  );
};

/** SAT-1: a campaign: its method, questionnaire and end, and who was asked, who answered and who did not. */
export const CampaignShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" variant="h6" />
      <Summary />
      <Invitations />
    </SimpleShowLayout>
  </Show>
);
