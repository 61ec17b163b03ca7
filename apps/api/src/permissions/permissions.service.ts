import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { OPERATIONS, operationKey } from './operations';
import { may, type Action, type Resource } from './table';

/** A confidential read the request was allowed to make; recorded once it has been answered. */
export interface ConfidentialRead {
  resource: Resource;
  recordId: number;
  operation: string;
}

type Checked = Request & { confidentialRead?: ConfidentialRead };

/** The one place an operation's permission is checked: deny by default, from the table. */
@Injectable()
export class PermissionsService {
  authorize(request: Checked, staff: StaffPrincipal): void {
    const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
    const operation = operationKey(request.method, route);
    const needed = OPERATIONS[operation];
    if (!needed) {
      throw new ForbiddenException({ statusCode: 403, message: `No one may ${operation}: it has no entry in the permission table.` });
    }
    if (needed === 'signed-in') return;
    const [resource, action] = needed;
    if (!may(staff.role, resource, action)) {
      throw new ForbiddenException({ statusCode: 403, message: `Your role may not ${describe(action)} ${resource}.` });
    }
    if (action === 'read-confidential') request.confidentialRead = { resource, recordId: Number(request.params?.id), operation };
  }
}

const describe = (action: Action): string =>
  ({ read: 'read', 'read-confidential': 'read the confidential data of', create: 'create', update: 'change', delete: 'delete', approve: 'approve changes to' })[action];
