import { Dialog, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  CreateBase,
  EditBase,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRefresh,
  useTranslate,
  type Identifier,
  type RaRecord,
  type TransformData,
} from 'react-admin';

const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ gap: 1 }}>
    <SaveButton />
    <Button label="ra.action.cancel" onClick={onCancel} />
  </Toolbar>
);

interface BaseDialogProps {
  resource: string;
  /** Translation key of the dialog title. */
  title: string;
  open: boolean;
  onClose: () => void;
  transform: TransformData;
  children: ReactNode;
}

/**
 * Create a record in a dialog without leaving the page: a household's sub-resource (member,
 * contact, proxy, file loan), a home collection, a cash handover, a billing run. Saving waits for
 * the API (creation is never optimistic).
 */
export const CreateDialog = ({
  resource,
  title,
  open,
  onClose,
  transform,
  defaults,
  successMessage = 'ra.notification.created',
  onCreated,
  children,
}: BaseDialogProps & {
  defaults: Partial<RaRecord>;
  successMessage?: string;
  /** Called with what the API answered, after the dialog has closed. */
  onCreated?: (record: RaRecord) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && (
        <CreateBase
          resource={resource}
          record={defaults}
          redirect={false}
          transform={transform}
          mutationOptions={{
            onSuccess: (record: RaRecord) => {
              notify(successMessage, { type: 'success', messageArgs: { smart_count: 1 } });
              // What the page shows besides the resource's lists (a household's account, a day's
              // reconciliation) is read again too.
              refresh();
              onClose();
              onCreated?.(record);
            },
          }}
        >
          <SimpleForm toolbar={<DialogToolbar onCancel={onClose} />}>{children}</SimpleForm>
        </CreateBase>
      )}
    </Dialog>
  );
};

/** Edit a record of a household's sub-resource in a dialog; pessimistic (waits for the API). */
export const EditDialog = ({
  resource,
  title,
  open,
  onClose,
  transform,
  id,
  children,
}: BaseDialogProps & { id: Identifier }) => {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && (
        <EditBase
          resource={resource}
          id={id}
          mutationMode="pessimistic"
          redirect={false}
          transform={transform}
          mutationOptions={{
            onSuccess: () => {
              notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
              onClose();
            },
          }}
        >
          <SimpleForm toolbar={<DialogToolbar onCancel={onClose} />}>{children}</SimpleForm>
        </EditBase>
      )}
    </Dialog>
  );
};
