import { Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';

/** Counted − expected: "matches" in green, short (negative) in red, over in amber. */
export const Difference = ({ value }: { value: number | null | undefined }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  if (value == null || Number.isNaN(Number(value))) return <EmptyValue />;
  const cents = Math.round(Number(value) * 100);
  const [key, color] =
    cents === 0 ? ['estate.handovers.matches', 'success.main'] : cents < 0 ? ['estate.handovers.short', 'error'] : ['estate.handovers.over', 'warning.main'];
  return (
    <Typography component="span" variant="body2" color={color} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
      {cents === 0 ? translate(key) : translate(key, { amount: formatMoney(Math.abs(cents) / 100) })}
    </Typography>
  );
};

export const DifferenceField = ({ source = 'difference' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source });
  return <Difference value={value as number | null} />;
};
