import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { badRequest, conflict } from './errors';
import { takeFromFilter, type ListParams, type Where } from './list-query';

/**
 * Records of the household file that a resident or the law may ask about (members, contacts, proxies,
 * documents) are withdrawn, never deleted: `DELETE` marks the row with who withdrew it, when and why. A
 * withdrawn record drops out of lists (`filter={"withdrawn":true}` lists them), stays readable by its id,
 * cannot be changed any more, and the withdrawal is an entry of the record's history (`action: withdraw`).
 */
export class WithdrawDto {
  @ApiProperty({ example: 'entered twice by mistake', description: 'Why the record is withdrawn (kept with it and in its history)' })
  @IsString()
  @MinLength(1, { message: 'a reason is required: say why the record is withdrawn' })
  @MaxLength(500)
  reason: string;
}

/** The columns a withdrawal fills. */
export interface Withdrawn {
  withdrawnAt: Date | string | null;
  withdrawnById: number | null;
  withdrawalReason: string | null;
}

export const withdrawal = (staffId: number, reason: string) => ({ withdrawnAt: new Date(), withdrawnById: staffId, withdrawalReason: reason.trim() });

/**
 * The list's `withdrawn` filter: absent or false, the records in force; true, the withdrawn ones. Records
 * asked for by id (react-admin's getMany of a reference) are found either way, unless `withdrawn` is given.
 */
export function withdrawnFilter(params: ListParams): { params: ListParams; scope: Where | undefined } {
  const { taken, params: rest } = takeFromFilter(params, ['withdrawn']);
  const value = taken.withdrawn;
  if (value === true || value === 'true') return { params: rest, scope: { withdrawnAt: { not: null } } };
  if (value === false || value === 'false') return { params: rest, scope: { withdrawnAt: null } };
  if (value !== undefined && value !== null && value !== '') throw badRequest('filter.withdrawn', 'must be true or false');
  const byId = Object.hasOwn(JSON.parse(rest.filter ?? '{}') as object, 'id');
  return { params: rest, scope: byId ? undefined : { withdrawnAt: null } };
}

export const isWithdrawn = (row: unknown): boolean => Boolean((row as Partial<Withdrawn> | null)?.withdrawnAt);

/** 409: a withdrawn record is kept as it was. */
export const withdrawnRecord = (label: string, id: number) => conflict(`${label} ${id} is withdrawn: a withdrawn record is kept as it was`);
