import { useCallback, useRef, useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/**
 * Run a side-effecting API call the pessimistic way: the button shows it is busy, nothing
 * changes on screen until the API has answered, then a notification and a refresh of the data.
 * Errors show the API's message.
 */
export const useAsyncAction = <Args extends unknown[]>(
  action: (...args: Args) => Promise<unknown>,
  { successMessage, onSuccess }: { successMessage: string; onSuccess?: () => void },
) => {
  const [pending, setPending] = useState(false);
  const running = useRef(false);
  const notify = useNotify();
  const refresh = useRefresh();

  const run = useCallback(
    async (...args: Args) => {
      if (running.current) return;
      running.current = true;
      setPending(true);
      try {
        await action(...args);
        notify(successMessage, { type: 'success', messageArgs: { smart_count: 1 } });
        refresh();
        onSuccess?.();
      } catch (error) {
        const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [action, notify, refresh, successMessage, onSuccess],
  );

  return { run, pending };
};
