import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DateTimeInput,
  maxLength,
  required,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
  type RaRecord,
  type Validator,
} from 'react-admin';
import { CreateDialog } from '../common/RecordDialog';

const future: Validator = (value) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
  return at <= Date.now() ? 'estate.home_collection.future' : undefined;
};

/** What POST /home-collections accepts. */
const homeCollectionTransform = (data: Record<string, unknown>) => {
  const note = typeof data.note === 'string' ? data.note.trim() : '';
  return {
    householdId: Number(data.householdId),
    appointmentAt: new Date(String(data.appointmentAt)).toISOString(),
    ...(note ? { note } : {}),
  };
};

const Help = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('estate.home_collection.help')}
    </Typography>
  );
};

/**
 * "Book home collection" (FEE-2): an appointment at the household's home. The API opens a case
 * whose two tasks go to the cashiers' inbox (confirm name, address and time and bring the receipt;
 * then collect). `onBooked` gets the case.
 */
export const HomeCollectionButton = ({ onBooked }: { onBooked: (caseRecord: RaRecord) => void }) => {
  const household = useRecordContext();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'home-collections', action: 'create' });
  if (!household || !canAccess) return null;
  return (
    <>
      <Button label="estate.home_collection.book" variant="outlined" onClick={() => setOpen(true)}>
        <DirectionsWalkIcon />
      </Button>
      <CreateDialog
        resource="home-collections"
        title="estate.home_collection.title"
        open={open}
        onClose={() => setOpen(false)}
        transform={homeCollectionTransform}
        defaults={{ householdId: household.id }}
        successMessage="estate.home_collection.booked"
        onCreated={onBooked}
      >
        <Help />
        <DateTimeInput source="appointmentAt" validate={[required(), future]} fullWidth />
        <TextInput source="note" multiline minRows={2} validate={maxLength(500)} helperText="estate.home_collection.note_hint" fullWidth />
      </CreateDialog>
    </>
  );
};
