import { useRef } from 'react';
import { Notification as RaNotification, useNotificationContext, type NotificationPayload } from 'react-admin';
import { NewTaskNotice } from '../work/tasks/NewTaskNotice';

/**
 * react-admin's notification, with one change: a success replaces whatever is on screen at once.
 * The stock snackbar keeps the notification it shows until it hides by itself (four seconds), so a
 * refusal of an earlier attempt ("表单有误…") would still stand over the payment that went through.
 * Forms drop the refusals still queued when they succeed (`useFormAction`); this drops the one shown.
 * Beside it, on every page: the notice of a new task for the staff member or their queue.
 */
export const Notification = () => {
  const { notifications } = useNotificationContext();
  const lastSuccess = useRef<NotificationPayload | undefined>(undefined);
  const generation = useRef(0);
  // Decided while rendering, so the snackbar starts afresh before it takes the success from the queue.
  const success = notifications.find((notification) => notification.type === 'success');
  if (success && success !== lastSuccess.current) {
    lastSuccess.current = success;
    generation.current += 1;
  }
  return (
    <>
      <RaNotification key={generation.current} />
      <NewTaskNotice />
    </>
  );
};
