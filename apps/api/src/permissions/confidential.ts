import { Controller, Get, Injectable, Param, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { concatMap, type Observable } from 'rxjs';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe } from '../common/crud';
import { notFound } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { PERMISSIONS } from './table';
import type { ConfidentialRead } from './permissions.service';

/**
 * ARC-3: an identity number is shown masked everywhere ("330106********1234"), the length kept so a
 * typo still shows; the full number only on demand, to a role that may read it, and that read is recorded.
 */
export const maskIdentity = (value: string | null | undefined): string | null | undefined => {
  if (!value) return value;
  if (value.length <= 4) return '*'.repeat(value.length);
  // An identity card number (15 or 18 characters) keeps its region code; a short number at most two characters.
  const keep = value.length >= 15 ? 6 : Math.min(2, value.length - 5);
  return `${value.slice(0, keep)}${'*'.repeat(value.length - keep - 4)}${value.slice(-4)}`;
};

/** A phone number for a role that may not read the record it belongs to: its first three and last four digits ("138****7777"). */
export const maskPhone = (value: string | null | undefined): string | null => {
  if (!value) return value ?? null;
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const keep = digits.length >= 11 ? 3 : 0;
  return `${digits.slice(0, keep)}${'*'.repeat(digits.length - keep - 4)}${digits.slice(-4)}`;
};

/** A record as it leaves the API: its `idNumber` masked. */
export const withMaskedIdentity = <T extends { idNumber?: string | null }>(row: T): T => (row && 'idNumber' in row ? { ...row, idNumber: maskIdentity(row.idNumber) } : row);

/** Records every answered confidential read (who, what, when): identity numbers shown in full, documents downloaded. */
@Injectable()
export class ConfidentialReadRecorder implements NestInterceptor {
  constructor(private readonly prisma: PrismaService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ confidentialRead?: ConfidentialRead; staff?: StaffPrincipal }>();
    // The record is written before the answer leaves: a full read that cannot be recorded is not answered.
    return next.handle().pipe(
      concatMap(async (value) => {
        const read = request.confidentialRead;
        if (read && request.staff && Number.isInteger(read.recordId)) {
          await this.prisma.accessRecord.create({ data: { staffId: request.staff.id, resource: read.resource, recordId: read.recordId, field: read.operation } });
        }
        return value;
      }),
    );
  }
}

/** The full identity number of a household, member or proxy, for a role that may read it (recorded). */
@ApiTags('archive')
@ApiBearerAuth()
@Controller()
export class IdentityController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('households/:id/identity')
  async household(@Param('id', idPipe) id: number) {
    const row = await this.prisma.household.findUnique({ where: { id }, select: { id: true, idNumber: true, companyRegNo: true } });
    if (!row) throw notFound('household', id);
    return row;
  }

  @Get('members/:id/identity')
  async member(@Param('id', idPipe) id: number) {
    const row = await this.prisma.member.findUnique({ where: { id }, select: { id: true, idNumber: true } });
    if (!row) throw notFound('member', id);
    return row;
  }

  @Get('proxies/:id/identity')
  async proxy(@Param('id', idPipe) id: number) {
    const row = await this.prisma.proxy.findUnique({ where: { id }, select: { id: true, idNumber: true } });
    if (!row) throw notFound('proxy', id);
    return row;
  }

  /** What the signed-in staff member's role may do, resource by resource (the back office shows only that). */
  @Get('auth/permissions')
  permissions(@CurrentStaff() staff: StaffPrincipal) {
    return PERMISSIONS[staff.role] ?? {};
  }
}
