import { Box, Chip, Typography, type TypographyProps } from '@mui/material';
import { Link, useFieldValue, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { EmptyValue } from '../common/fields';
import { useLocalized } from '../common/localized';
import type { FeeHousehold } from './types';

const stop = (event: React.MouseEvent) => event.stopPropagation();

type Tone = 'debt' | 'credit' | 'plain';

const TONE_COLOR: Record<Tone, TypographyProps['color']> = { debt: 'error', credit: 'success.main', plain: 'text.primary' };

/** An amount in yuan; `tone`: red when a debt is above zero, green when a credit is. */
export const Money = ({ value, tone = 'plain', strong = false }: { value: unknown; tone?: Tone; strong?: boolean }) => {
  const { formatMoney } = useLocalized();
  if (value == null || value === '') return <EmptyValue />;
  const positive = Number(value) > 0;
  return (
    <Typography
      component="span"
      variant="body2"
      color={positive ? TONE_COLOR[tone] : 'text.primary'}
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: strong || (positive && tone !== 'plain') ? 600 : 400 }}
    >
      {formatMoney(value)}
    </Typography>
  );
};

export const MoneyField = ({ source, tone, strong }: { source: string; tone?: Tone; strong?: boolean; label?: string }) => {
  const value = useFieldValue({ source });
  return <Money value={value} tone={tone} strong={strong} />;
};

/** A billing period "YYYY-MM" as a month of the UI's language. */
export const PeriodField = ({ source = 'period' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source });
  const { formatPeriod } = useLocalized();
  if (!value) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatPeriod(value)}
    </Typography>
  );
};

/** The display name of an embedded staff member (`collector`, `startedBy`...). */
export const StaffNameField = ({ source }: { source: string; label?: string }) => {
  const value = useFieldValue({ source }) as { displayName?: string } | null | undefined;
  if (!value?.displayName) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {value.displayName}
    </Typography>
  );
};

/** "Li Ming · 1-0302"; with `link`, to the Fees tab of the household's file. */
export const householdText = (household: Pick<FeeHousehold, 'name' | 'unit'> | null | undefined) =>
  household ? [household.name, household.unit?.number].filter(Boolean).join(' · ') : '';

export const FeeHouseholdField = ({
  link = true,
  showPhone = false,
  showUnit = true,
}: {
  link?: boolean;
  showPhone?: boolean;
  /** Off where the unit has a column of its own. */
  showUnit?: boolean;
  label?: string;
}) => {
  const record = useRecordContext<{ householdId?: number; household?: FeeHousehold }>();
  if (!record?.householdId) return <EmptyValue />;
  const text = (showUnit ? householdText(record.household) : record.household?.name) || `#${record.householdId}`;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      {link ? (
        <Link to={`/households/${record.householdId}/show/fees`} onClick={stop} sx={{ whiteSpace: 'nowrap' }}>
          {text}
        </Link>
      ) : (
        <Typography component="span" variant="body2">
          {text}
        </Typography>
      )}
      {showPhone && record.household?.phone && (
        <Typography component="span" variant="caption" color="text.secondary">
          {record.household.phone}
        </Typography>
      )}
    </Box>
  );
};

/** "Overdue" in red on an open bill past its due date. */
export const OverdueChip = ({ source = 'overdue' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color="error" label={translate('estate.fees.overdue')} sx={{ fontWeight: 600, alignSelf: 'flex-start' }} />;
};

/** Unpaid rows in a red tint, as overdue tasks and complaints are. */
export const overdueRowSx = (record: RaRecord) =>
  record.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};

/** A charge item's name in the UI's language (`nameZh` / `nameEn`); `source` names an embedded item. */
export const ChargeNameField = ({ source }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const { pick } = useLocalized();
  const item = (source ? record?.[source] : record) as { nameZh?: string; nameEn?: string; code?: string } | undefined;
  if (!item) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {pick({ zh: item.nameZh, en: item.nameEn }) || item.code}
    </Typography>
  );
};
