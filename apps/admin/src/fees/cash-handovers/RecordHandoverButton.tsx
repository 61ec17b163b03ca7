import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import { useState } from 'react';
import { Button, useCanAccess, type Identifier } from 'react-admin';
import { estateToday } from '../../common/days';
import { CreateDialog } from '../../common/RecordDialog';
import { HandoverInputs, handoverTransform } from './HandoverInputs';

/**
 * "Record handover" (internal clerk, managers): a collector hands over a day's cash, the clerk
 * counts it. Cash taken after a handover goes in another one; 409 when all the day's cash is handed
 * over already, 400 when there is no cash to hand over.
 */
export const RecordHandoverButton = ({
  collectorId,
  date,
  variant = 'contained',
}: {
  collectorId?: Identifier;
  date?: string;
  variant?: 'text' | 'outlined' | 'contained';
}) => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'cash-handovers', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="estate.handovers.record" variant={variant} onClick={() => setOpen(true)}>
        <PriceCheckIcon />
      </Button>
      <CreateDialog
        resource="cash-handovers"
        title="estate.handovers.record"
        open={open}
        onClose={() => setOpen(false)}
        transform={handoverTransform}
        defaults={{ collectorId, date: date ?? estateToday() }}
        successMessage="estate.handovers.recorded"
      >
        <HandoverInputs />
      </CreateDialog>
    </>
  );
};
