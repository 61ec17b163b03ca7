import { Alert } from '@mui/material';
import { Edit, SimpleForm, useTranslate } from 'react-admin';
import { ChargeItemInputs, chargeItemEditTransform } from './ChargeItemInputs';

const RateNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 960 }}>
      {translate('estate.charge_items.rate_change')}
    </Alert>
  );
};

/** No delete: an item no longer charged is made inactive, its bills keep their lines. */
export const ChargeItemEdit = () => (
  <Edit mutationMode="pessimistic" transform={chargeItemEditTransform} redirect="list">
    <SimpleForm>
      <RateNotice />
      <ChargeItemInputs edit />
    </SimpleForm>
  </Edit>
);
