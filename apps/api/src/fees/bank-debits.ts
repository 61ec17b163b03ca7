import { createHash } from 'node:crypto';
import { Body, Controller, Get, Injectable, Post, Query, Res, type OnModuleInit } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';
import { isAmount, money, recordPayment } from '../../../common/ledger';
import { ApprovalsService } from '../approvals/approvals.service';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, listQuery, sendPage } from '../common/crud';
import { conflict, invalidFields, type FieldError } from '../common/errors';
import { boolEq, columns, intEq, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { householdBrief, plain, staffBrief } from './money';
import { PaymentsService } from './payments';

export class ImportDebitsDto {
  @ApiProperty({ example: 'debits-2026-11.csv' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fileName: string;

  @ApiProperty({ description: 'CSV: bank_ref,household_id,amount,result,reason,date (result OK or FAILED)' })
  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  content: string;

  @ApiPropertyOptional({ description: 'A note for the approver' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

const HEADER = ['bank_ref', 'household_id', 'amount', 'result', 'reason', 'date'];

interface DebitLine {
  line: number;
  bankRef: string;
  householdId: number;
  amount: number;
  succeeded: boolean;
  reason: string | null;
  debitedAt: string;
}

/** Splits one CSV line, honouring double quotes (a reason may contain a comma). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') (cur += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) out.push(cur.trim()), (cur = '');
    else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** FEE-2: the bank's auto-debit result file. Successful debits become payments with receipts; failed ones are kept with the bank's reason. */
@Injectable()
export class BankDebitsService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly payments: PaymentsService,
    private readonly approvals: ApprovalsService,
  ) {}

  private async parse(content: string): Promise<DebitLine[]> {
    const rows = content.replace(/^\uFEFF/, '').split(/\r?\n/).map((l, i) => ({ text: l, line: i + 1 })).filter((r) => r.text.trim());
    const errors: FieldError[] = [];
    const header = rows.shift();
    if (!header || cells(header.text).map((h) => h.toLowerCase()).join(',') !== HEADER.join(',')) {
      throw invalidFields([{ field: 'content', message: `the first line must be the header ${HEADER.join(',')}` }]);
    }
    const parsed: DebitLine[] = [];
    const seen = new Set<string>();
    for (const { text, line } of rows) {
      const [bankRef, household, amountText, result, reason, date] = cells(text);
      const at = (field: string, message: string) => errors.push({ field: `line ${line}: ${field}`, message });
      const amount = Number(amountText);
      if (!bankRef) at('bank_ref', 'is required');
      else if (seen.has(bankRef)) at('bank_ref', `${bankRef} appears twice in the file`);
      seen.add(bankRef);
      if (!/^\d+$/.test(household ?? '')) at('household_id', 'must be a household number');
      if (!isAmount(amount)) at('amount', 'must be a positive amount with at most two decimals');
      if (result !== 'OK' && result !== 'FAILED') at('result', 'must be OK or FAILED');
      if (result === 'FAILED' && !reason) at('reason', "is required for a failed debit (the bank's reason)");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || Number.isNaN(Date.parse(date))) at('date', 'must be a date (YYYY-MM-DD)');
      parsed.push({ line, bankRef, householdId: Number(household), amount, succeeded: result === 'OK', reason: reason || null, debitedAt: date });
    }
    if (!parsed.length && !errors.length) errors.push({ field: 'content', message: 'has no lines after the header' });
    if (!errors.length) {
      const households = new Set((await this.prisma.household.findMany({ where: { id: { in: parsed.map((p) => p.householdId) } }, select: { id: true } })).map((h) => h.id));
      const known = new Set((await this.prisma.debitResult.findMany({ where: { bankRef: { in: parsed.map((p) => p.bankRef) } }, select: { bankRef: true } })).map((d) => d.bankRef));
      for (const p of parsed) {
        if (!households.has(p.householdId)) errors.push({ field: `line ${p.line}: household_id`, message: `household ${p.householdId} does not exist` });
        if (known.has(p.bankRef)) errors.push({ field: `line ${p.line}: bank_ref`, message: `${p.bankRef} was imported before` });
      }
    }
    if (errors.length) throw invalidFields(errors);
    return parsed;
  }

  /**
   * A bank file is checked now (400 naming each line's field) and waits for a second person of another role
   * (approvals); approved, it is imported as `post` says.
   */
  async import(dto: ImportDebitsDto, staff: StaffPrincipal) {
    const sha256 = createHash('sha256').update(dto.content).digest('hex');
    const imported = await this.prisma.debitImport.findUnique({ where: { sha256 } });
    if (imported) throw conflict(`This file was imported on ${imported.importedAt.toISOString().slice(0, 10)} (import ${imported.id}).`);
    const lines = await this.parse(dto.content);
    const succeeded = lines.filter((l) => l.succeeded);
    return this.approvals.request(
      {
        kind: 'BANK_DEBIT_IMPORT',
        subject: `debit-file-${sha256}`,
        amount: money(succeeded.reduce((sum, l) => sum.plus(l.amount), new Prisma.Decimal(0))),
        reason: dto.note?.trim() ?? '',
        params: { fileName: dto.fileName, content: dto.content, lines: lines.length, succeeded: succeeded.length, failed: lines.length - succeeded.length },
        pendingMessage: (approval) => `This file is already waiting for approval (approval ${approval}).`,
      },
      staff,
    );
  }

  onModuleInit() {
    this.approvals.register('BANK_DEBIT_IMPORT', async (approval) => {
      const { fileName, content } = approval.params as { fileName: string; content: string };
      const summary = await this.post({ fileName, content }, approval.requestedById);
      return { importId: summary.id, lines: summary.lines, succeeded: summary.succeeded, failed: summary.failed, amount: summary.amount };
    });
  }

  /** Imports an approved file: successful debits become payments with receipts, failed ones are kept with the bank's reason. */
  private async post(dto: { fileName: string; content: string }, staffId: number) {
    const sha256 = createHash('sha256').update(dto.content).digest('hex');
    let imported = await this.prisma.debitImport.findUnique({ where: { sha256 }, include: { results: true } });
    if (imported && imported.results.every((r) => !r.succeeded || r.paymentId)) throw conflict(`This file was imported on ${imported.importedAt.toISOString().slice(0, 10)} (import ${imported.id}).`);
    if (!imported) {
      const lines = await this.parse(dto.content);
      const succeeded = lines.filter((l) => l.succeeded);
      imported = await this.prisma.debitImport.create({
        data: {
          fileName: dto.fileName,
          sha256,
          importedById: staffId,
          lines: lines.length,
          succeeded: succeeded.length,
          failed: lines.length - succeeded.length,
          amount: succeeded.reduce((sum, l) => sum.plus(l.amount), new Prisma.Decimal(0)),
          results: { create: lines.map((l) => ({ line: l.line, bankRef: l.bankRef, householdId: l.householdId, amount: l.amount, succeeded: l.succeeded, reason: l.reason, debitedAt: new Date(l.debitedAt) })) },
        },
        include: { results: true },
      });
    }
    // Each successful debit is paid once (keyed by the bank's reference), even if an import is retried.
    for (const result of imported.results.filter((r) => r.succeeded && !r.paymentId)) {
      const { payment, ladderWorkflowId } = await recordPayment(this.prisma, {
        householdId: result.householdId,
        amount: Number(result.amount),
        method: 'BANK_DEBIT',
        channel: 'BANK',
        reference: result.bankRef,
        receivedAt: new Date(`${result.debitedAt.toISOString().slice(0, 10)}T12:00:00+08:00`),
        idempotencyKey: `bank:${result.bankRef}`,
      });
      await this.prisma.debitResult.update({ where: { id: result.id }, data: { paymentId: payment.id } });
      if (ladderWorkflowId) await this.payments.tellLadder(ladderWorkflowId, payment);
    }
    const { results: _results, ...summary } = await this.prisma.debitImport.findUniqueOrThrow({ where: { id: imported.id }, include: { results: { select: { id: true } } } });
    return plain(summary, ['amount']) as typeof summary & { amount: number };
  }
}

@Injectable()
export class DebitImportsList extends CrudService {
  protected readonly label = 'debit import';
  protected override readonly include = { importedBy: staffBrief };
  protected readonly listSpec: ListSpec = { sort: columns('id', 'importedAt'), defaultSort: ['id', 'desc'], filters: {} };
  constructor(private readonly prisma: PrismaService) {
    super();
  }
  protected get delegate() {
    return this.prisma.debitImport;
  }
  protected override present(row: Record<string, unknown>) {
    return plain(row, ['amount']);
  }
}

@Injectable()
export class DebitResultsList extends CrudService {
  protected readonly label = 'debit result';
  protected override readonly include = { household: householdBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'line', 'debitedAt', 'amount'),
    defaultSort: ['id', 'asc'],
    filters: { importId: intEq('importId'), householdId: intEq('householdId'), succeeded: boolEq('succeeded') },
  };
  constructor(private readonly prisma: PrismaService) {
    super();
  }
  protected get delegate() {
    return this.prisma.debitResult;
  }
  protected override present(row: Record<string, unknown>) {
    return plain(row, ['amount'], ['debitedAt']);
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('bank-debits')
export class BankDebitsController {
  constructor(
    private readonly debits: BankDebitsService,
    private readonly imports: DebitImportsList,
    private readonly results: DebitResultsList,
  ) {}

  /** Checks a bank file and asks for its import; it is imported once a person of another role approves it. */
  @Post('imports')
  import(@Body() dto: ImportDebitsDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.debits.import(dto, staff);
  }

  @Get('imports')
  @listQuery()
  async listImports(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'bank-debits/imports', await this.imports.list(params));
  }

  @Get('results')
  @listQuery()
  async listResults(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'bank-debits/results', await this.results.list(params));
  }
}
