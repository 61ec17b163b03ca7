import { Button, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useAsyncAction } from '../common/useAsyncAction';
import { inspectionsApi } from './api';
import type { Inspection } from './types';

/** The meter readings the template asks for (water, electricity, gas), typed on the tablet's number pad. */
export const MetersPanel = ({ inspection, locked, onChange }: { inspection: Inspection; locked: boolean; onChange: () => void }) => {
  const translate = useTranslate();
  const initial = () => Object.fromEntries(inspection.meters.map((m) => [m, inspection.meterReadings?.[m]?.toString() ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  useEffect(() => setValues(initial()), [inspection.meterReadings]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useAsyncAction(() => inspectionsApi.meters(inspection.id, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]))), { successMessage: 'estate.inspections.saved', onSuccess: onChange });
  if (!inspection.meters.length) return null;
  const complete = inspection.meters.every((m) => values[m] !== '' && Number(values[m]) >= 0);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
      {inspection.meters.map((m) => (
        <TextField key={m} name={`meter-${m}`} type="number" inputProps={{ inputMode: 'decimal', min: 0, step: 0.01 }} label={translate(`estate.inspections.meter.${m}`)} value={values[m]} disabled={locked} onChange={(e) => setValues({ ...values, [m]: e.target.value })} />
      ))}
      {!locked && (
        <Button variant="contained" sx={{ minHeight: 56, minWidth: 140 }} disabled={!complete || save.pending} onClick={() => void save.run()}>
          {translate('estate.inspections.save_meters')}
        </Button>
      )}
    </Stack>
  );
};
