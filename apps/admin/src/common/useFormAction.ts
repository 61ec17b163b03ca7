import { useCallback } from 'react';
import { useNotificationContext, useNotify, useRefresh } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { errorMessage, fieldErrors } from './errors';

/**
 * The submit handler of a form that calls a non-CRUD endpoint (complete a task, an override,
 * record a posting). Pessimistic: react-admin's form stays busy until the API has answered;
 * then a notification and a refresh. On failure the API's message is the notification and its
 * field errors are returned to the form, which shows each under its input.
 */
export const useFormAction = <Values extends FieldValues>(
  action: (values: Values) => Promise<unknown>,
  {
    successMessage,
    onSuccess,
    renameField,
  }: { successMessage: string; onSuccess?: () => void; renameField?: (field: string) => string },
) => {
  const notify = useNotify();
  const { resetNotifications } = useNotificationContext();
  const refresh = useRefresh();
  return useCallback(
    async (values: FieldValues) => {
      try {
        await action(values as Values);
      } catch (error) {
        const message = errorMessage(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
        return fieldErrors(error, renameField);
      }
      // Refusals of earlier attempts still waiting in the queue are stale now: the success replaces them.
      resetNotifications();
      notify(successMessage, { type: 'success', messageArgs: { smart_count: 1 } });
      refresh();
      onSuccess?.();
      return undefined;
    },
    [action, notify, resetNotifications, refresh, successMessage, onSuccess, renameField],
  );
};
