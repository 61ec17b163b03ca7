import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import { Button, type Identifier, Link, useCanAccess } from 'react-admin';

/** The counter payment form, with the household filled in when given (cashiers, clerk, reception, managers). */
export const RecordPaymentButton = ({
  householdId,
  variant = 'contained',
}: {
  householdId?: Identifier;
  variant?: 'text' | 'outlined' | 'contained';
}) => {
  const { canAccess } = useCanAccess({ resource: 'payments', action: 'create' });
  if (!canAccess) return null;
  const search = householdId != null ? `?source=${encodeURIComponent(JSON.stringify({ householdId }))}` : '';
  return (
    <Button component={Link} to={{ pathname: '/payments/create', search }} label="estate.payments.record" variant={variant}>
      <PointOfSaleIcon />
    </Button>
  );
};
