import CheckIcon from '@mui/icons-material/Check';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  Form,
  maxLength,
  minLength,
  required,
  SaveButton,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useFormAction } from '../../../common/useFormAction';
import { notBlank } from '../../../common/validators';

export interface OverrideDialogProps {
  open: boolean;
  onClose: () => void;
}

interface Props<Values extends FieldValues> extends OverrideDialogProps {
  /** Translation key of the title. */
  title: string;
  /** What the override changes, already translated. */
  description?: ReactNode;
  defaultValues?: Partial<Values>;
  /** Calls the API; the dialog waits for it. */
  submit: (values: Values) => Promise<unknown>;
  successMessage: string;
  /** `reason` for the overrides, `justification` for closing a case, `note` elsewhere. */
  reasonSource?: string;
  reasonLabel?: string;
  reasonHint?: string;
  reasonMaxLength?: number;
  /** The reason is required unless told otherwise. */
  reasonRequired?: boolean;
  confirmLabel?: string;
  /** Maps a field the API names in a 400 to the input that shows it. */
  renameField?: (field: string) => string;
  maxWidth?: 'xs' | 'sm' | 'md';
  children?: ReactNode;
}

/**
 * A manager's override in a dialog (also the actions on a dunning ladder and the billing schedule's
 * pause): its own inputs, a reason (required unless told otherwise, kept in the case timeline),
 * and a confirm button that waits for the API. The API's message is the notification and its
 * field errors show under the inputs; the dialog closes only once the API has said yes.
 * Clicks inside do not reach a clickable table row behind it (React events cross portals). Each input
 * carries its own checks: with a form-level check react-hook-form would skip them.
 */
export const OverrideDialog = <Values extends FieldValues>({
  open,
  onClose,
  title,
  description,
  defaultValues,
  submit,
  successMessage,
  reasonSource = 'reason',
  reasonLabel = 'estate.overrides.reason',
  reasonHint = 'estate.overrides.reason_hint',
  reasonMaxLength = 1000,
  reasonRequired = true,
  confirmLabel = 'estate.overrides.confirm',
  renameField,
  maxWidth = 'sm',
  children,
}: Props<Values>) => {
  const translate = useTranslate();
  const onSubmit = useFormAction<Values>(submit, { successMessage, onSuccess: onClose, renameField });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      onClick={(event) => event.stopPropagation()}
    >
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && (
        <Form record={defaultValues} onSubmit={onSubmit}>
          <DialogContent sx={{ pt: 0 }}>
            {description && (
              <Typography variant="body2" color="text.secondary" component="div" sx={{ mb: 2 }}>
                {description}
              </Typography>
            )}
            <Box>{children}</Box>
            <TextInput
              source={reasonSource}
              label={reasonLabel}
              helperText={reasonHint}
              multiline
              minRows={2}
              fullWidth
              validate={reasonRequired ? [required(), notBlank, minLength(2), maxLength(reasonMaxLength)] : maxLength(reasonMaxLength)}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton label={confirmLabel} icon={<CheckIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
