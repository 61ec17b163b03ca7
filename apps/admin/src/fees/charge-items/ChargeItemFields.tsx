import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';

/** "¥2.50 / m² / month": the rate with the unit of its basis. */
export const RateField = ({ rateSource = 'rate' }: { rateSource?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  if (!record || record[rateSource] == null) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`estate.charge_items.rate_units.${record.basis}`, { rate: formatMoney(record[rateSource]), _: formatMoney(record[rateSource]) })}
    </Typography>
  );
};

/** FEE-8: "70% in custody" on the items reduced for units in custody. */
export const CustodyReducedField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.custodyReduced) return null;
  return <Chip size="small" variant="outlined" label={translate('estate.charge_items.custody_reduced')} sx={{ alignSelf: 'flex-start' }} />;
};
