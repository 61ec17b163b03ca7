import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PhoneIcon from '@mui/icons-material/Phone';
import { Box, Button, Chip, Typography } from '@mui/material';
import { createElement } from 'react';
import { Labeled, Link, RecordContextProvider, useTranslate } from 'react-admin';
import { canAccess } from '../../authProvider';
import { enumLabel, PRIORITY_COLORS } from '../../common/enums';
import { EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { getStaff } from '../../session';
import type { TaskSummary } from './api';
import { BRIEFS, type BriefField } from './briefs';

/** One field of the process's record, as its descriptor says (briefs.ts). */
const BriefValue = ({ field, value }: { field: BriefField; value: unknown }) => {
  const translate = useTranslate();
  const { formatDateTime, formatDay, formatMoney } = useLocalized();
  if (field.field) return createElement(field.field);
  if (value == null || value === '') return <EmptyValue />;
  let text: string;
  if (field.enumName) text = translate(enumLabel(field.enumName, String(value)), { _: String(value) });
  else if (field.labels) text = translate(`${field.labels}.${String(value)}`, { _: String(value) });
  else if (field.show === 'datetime') text = formatDateTime(value);
  else if (field.show === 'date') text = formatDay(value);
  else if (field.show === 'money') text = formatMoney(value);
  else if (field.show === 'bool' || typeof value === 'boolean') text = translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  else text = String(value);
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Typography>
  );
};

/** "Call 13800007777": a link the phone dials; a masked number is shown, not dialled. */
const PhoneLink = ({ phone, masked }: { phone: string | null; masked: boolean }) => {
  const translate = useTranslate();
  if (!phone) return <EmptyValue />;
  if (masked) {
    return (
      <Typography component="span" variant="body2" title={translate('estate.tasks.job.masked')} data-masked="true">
        {phone}
      </Typography>
    );
  }
  return (
    <Button href={`tel:${phone.replace(/[^\d+]/g, '')}`} size="small" startIcon={<PhoneIcon />} sx={{ px: 1, ml: -1, whiteSpace: 'nowrap' }} aria-label={translate('estate.tasks.job.call', { phone })}>
      {phone}
    </Button>
  );
};

/** The household's name and unit, linking to its file for a role that may read it. */
const HouseholdValue = ({ household }: { household: NonNullable<TaskSummary['household']> }) => {
  const text = `${household.name} · ${household.unit}`;
  if (!canAccess(getStaff()?.role, 'households', 'show')) {
    return (
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    );
  }
  return (
    <Link to={`/households/${household.id}/show`} data-testid="job-household">
      {text}
    </Link>
  );
};

/** Long texts take the whole width of the grid; the rest share it, two a line even on a phone. */
const wide = (field: BriefField) => field.show === 'long';
const GRID_SX = { display: 'grid', gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' }, columnGap: 2, rowGap: 1.5 };

/**
 * What the job is, on the task page: the process and its case, the person to reach and how, the household,
 * and the fields of the process's own record (for a complaint: place, time, whom it is about, what happened
 * and what the resident asks for), with a link to the whole record.
 */
export const CaseBrief = ({ summary }: { summary: TaskSummary }) => {
  const translate = useTranslate();
  const { title } = useLocalized();
  const { case: kase, household, record, contact } = summary;
  const fields = record ? (BRIEFS[record.kind] ?? []) : [];
  return (
    <Box data-testid="job">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
        <Chip size="small" variant="outlined" label={translate(enumLabel('process', kase.process), { _: kase.process })} />
        <Link to={`/cases/${kase.id}/show`} sx={{ overflowWrap: 'anywhere' }}>
          {`${title(kase)} #${kase.id}`}
        </Link>
        <Chip size="small" variant="outlined" color={PRIORITY_COLORS[kase.priority as keyof typeof PRIORITY_COLORS] ?? 'default'} label={translate(enumLabel('priority', kase.priority), { _: kase.priority })} />
        {record && (
          <Button component={Link} to={`/${record.route}/${record.id}/show`} size="small" startIcon={<OpenInNewIcon />} sx={{ whiteSpace: 'nowrap' }}>
            {translate('estate.tasks.job.open_record')}
          </Button>
        )}
      </Box>
      <Box sx={{ ...GRID_SX, mb: 2 }}>
        {contact && (
          <>
            <Labeled label="estate.tasks.job.contact">
              <Typography component="span" variant="body2" data-testid="job-contact">
                {contact.name}
              </Typography>
            </Labeled>
            <Labeled label="estate.tasks.job.phone">
              <Box component="span" data-testid="job-phone">
                <PhoneLink phone={contact.phone} masked={contact.phoneMasked} />
              </Box>
            </Labeled>
          </>
        )}
        <Labeled label="resources.tasks.fields.household">
          {household ? <HouseholdValue household={household} /> : <EmptyValue />}
        </Labeled>
        {household && (!contact || contact.phone !== household.phone) && (
          <Labeled label="estate.tasks.job.household_phone">
            <PhoneLink phone={household.phone} masked={household.phoneMasked} />
          </Labeled>
        )}
      </Box>
      {record && (
        <RecordContextProvider value={{ ...record.fields, id: record.id }}>
          <Box sx={GRID_SX}>
            {fields.map((field) => (
              <Labeled
                key={field.source}
                label={field.label ?? `resources.${record.route}.fields.${field.source}`}
                sx={wide(field) ? { gridColumn: '1 / -1' } : undefined}
                data-testid={`job-${field.source}`}
              >
                <BriefValue field={field} value={record.fields[field.source]} />
              </Labeled>
            ))}
          </Box>
        </RecordContextProvider>
      )}
    </Box>
  );
};
