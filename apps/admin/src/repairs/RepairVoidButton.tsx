import BlockIcon from '@mui/icons-material/Block';
import { useCallback, useState } from 'react';
import { Button, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { permitted } from '../common/permissions';
import { OverrideDialog } from '../work/cases/overrides/OverrideDialog';
import { repairsApi } from './api';
import type { RepairOrder } from './types';

/**
 * REP-3: a supervisor voids an order taken by mistake, before anyone went out on it (status OPEN). The order
 * keeps its serial and the reason; its case is closed. Shown only to those the API lets void (`approve`).
 */
export const RepairVoidButton = () => {
  const record = useRecordContext<RepairOrder>();
  const { permissions } = usePermissions<string | undefined>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit = useCallback((values: { reason: string }) => repairsApi.void(record!.id, values.reason.trim()), [record]);
  if (!record || record.status !== 'OPEN' || !permitted(permissions, 'repairs', 'void')) return null;
  return (
    <>
      <Button label="estate.repairs.void" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <OverrideDialog
        open={open}
        onClose={() => setOpen(false)}
        title="estate.repairs.void_title"
        description={translate('estate.repairs.void_help', { serial: record.serial })}
        submit={submit}
        successMessage="estate.repairs.voided"
        reasonLabel="resources.repairs.fields.voidReason"
        reasonHint="estate.repairs.void_hint"
        reasonMaxLength={500}
        confirmLabel="estate.repairs.void"
      />
    </>
  );
};
