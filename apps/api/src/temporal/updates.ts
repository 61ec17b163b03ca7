import { HttpException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type UpdateDefinition } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FieldError } from '../common/errors';
import type { TemporalService } from './temporal.module';

const STATUS: Record<string, number> = { NotFound: 404, Conflict: 409, Forbidden: 403, Invalid: 400 };

/** An update refused by the workflow, as the HTTP answer it deserves. */
export function updateError(error: unknown): HttpException | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const { type, message, details } = error.cause;
    const status = STATUS[type ?? ''] ?? 409;
    const isFieldError = (d: unknown) => typeof d === 'object' && d !== null && 'field' in d;
    const errors = status === 400 && details?.length && details.every(isFieldError) ? (details as FieldError[]) : undefined;
    return new HttpException({ statusCode: status, message, ...(errors ? { errors } : {}) }, status);
  }
  if (error instanceof WorkflowNotFoundError || /already completed|not found/i.test((error as Error)?.message ?? '')) {
    return new HttpException({ statusCode: 409, message: 'The case is closed: its process has finished.' }, 409);
  }
  return undefined;
}

/** Sends an update to a case workflow; a refusal becomes 400/403/404/409 and changes nothing. */
export async function sendUpdate<Arg>(
  temporal: TemporalService,
  workflowId: string,
  update: UpdateDefinition<void, [Arg]>,
  arg: Arg,
): Promise<void> {
  try {
    await temporal.client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg] });
  } catch (error) {
    throw updateError(error) ?? error;
  }
}

/**
 * Sends an update that may arrive a moment too early: a task or a ladder is listed as soon as its row is
 * written, and its workflow takes requests for it once it has processed that write. While the workflow
 * answers `notReady`, the update is sent again for up to five seconds.
 */
export async function sendUpdateWhenReady<Arg>(
  temporal: TemporalService,
  workflowId: string,
  update: UpdateDefinition<void, [Arg]>,
  arg: Arg,
  notReady: (error: HttpException) => boolean,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendUpdate(temporal, workflowId, update, arg);
    } catch (error) {
      if (!(error instanceof HttpException && notReady(error)) || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
