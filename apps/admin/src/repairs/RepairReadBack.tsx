import { Box, Paper, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { householdOptionText, type HouseholdOption } from '../common/HouseholdInput';
import { useLocalized } from '../common/localized';
import { useRepairNames, useWindowText } from './catalogue';
import { ESTATE_OFFSET, type RepairQuote } from './types';

/** A window as the form holds it: a day and two times of the estate's clock. */
export interface WindowValues {
  day?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The instant of a day and a time at the estate ("2026-12-01", "09:00" → "2026-12-01T09:00:00+08:00"). */
export const estateInstant = (day: string | null | undefined, hhmm: string | null | undefined): string | undefined =>
  day && hhmm ? `${day}T${hhmm}:00${ESTATE_OFFSET}` : undefined;

export const windowsOf = (values: unknown): { from: string; to: string }[] =>
  (Array.isArray(values) ? (values as WindowValues[]) : []).flatMap((w) => {
    const from = estateInstant(w?.day, w?.from);
    const to = estateInstant(w?.day, w?.to);
    return from && to ? [{ from, to }] : [];
  });

const Line = ({ label, value }: { label: string; value: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '10em 1fr' }, columnGap: 2, py: 0.25 }}>
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontWeight: 500 }}>
        {value || translate('estate.common.none')}
      </Typography>
    </Box>
  );
};

/**
 * REP-1: what the receptionist reads back to the resident before saving, in words: who and where, the problem,
 * the times, free or paid and the charge. The confirmation below it is ticked once the resident agreed.
 */
export const ReadBack = () => {
  const translate = useTranslate();
  const names = useRepairNames();
  const windowText = useWindowText();
  const { formatMoney } = useLocalized();
  const queryClient = useQueryClient();
  const values = useWatch({
    name: ['publicArea', 'householdId', 'location', 'reporterName', 'phone', 'channel', 'category', 'description', 'emergency', 'windows', 'priceCode'],
  });
  const [publicArea, householdId, location, reporterName, phone, channel, category, description, emergency, windows, priceCode] = values;
  const { data: household } = useGetOne<HouseholdOption>('households', { id: householdId }, { enabled: !publicArea && householdId != null });
  const quote = queryClient.getQueryData<RepairQuote>(['repairs', 'quote', category, publicArea ? undefined : householdId, priceCode ?? null]);
  const times = windowsOf(windows).map((w, i) => `${i === 0 ? '★ ' : ''}${windowText(w.from, w.to)}`);
  const register = quote
    ? quote.kind === 'PAID'
      ? translate('estate.repairs.read_back_paid', { item: names.priceItem(priceCode) || '—', charge: quote.charge == null ? '—' : formatMoney(quote.charge) })
      : translate('estate.repairs.kind.FREE')
    : '';
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2, maxWidth: 960, bgcolor: 'action.hover' }} data-testid="repair-read-back">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('estate.repairs.read_back_title')}
      </Typography>
      <Line label="resources.repairs.fields.where" value={publicArea ? `${translate('estate.repairs.public_area')} · ${location ?? ''}` : householdOptionText(household)} />
      <Line label="resources.repairs.fields.reporter" value={[reporterName, phone].filter(Boolean).join(' · ')} />
      <Line label="resources.repairs.fields.channel" value={channel ? translate(`estate.repairs.channel.${channel}`) : ''} />
      <Line label="resources.repairs.fields.category" value={names.category(category)} />
      <Line label="resources.repairs.fields.description" value={description ?? ''} />
      <Line label="resources.repairs.fields.emergency" value={translate(emergency ? 'ra.boolean.true' : 'ra.boolean.false')} />
      <Line label="resources.repairs.fields.windows" value={times.length ? times.join('\n') : emergency ? translate('estate.repairs.at_once') : ''} />
      <Line label="resources.repairs.fields.kind" value={register} />
    </Paper>
  );
};
