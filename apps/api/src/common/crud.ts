import {
  Body,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  type ArgumentMetadata,
  type PipeTransform,
  type Type,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { badRequest, conflict, notFound } from './errors';
import { contentRange, INT4_MAX, parseList, type ListParams, type ListSpec, type Where } from './list-query';
import { createOnce } from './request-id';
import { bodyPipe } from './validation';
import { isWithdrawn, withdrawal, WithdrawDto, withdrawnFilter, withdrawnRecord } from './withdrawal';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The part of a Prisma model delegate the archive's resources use. */
export interface Delegate {
  findMany(args: any): Promise<any[]>;
  findUnique(args: any): Promise<any>;
  count(args: any): Promise<number>;
  create(args: any): Promise<any>;
  update(args: any): Promise<any>;
  updateMany(args: any): Promise<{ count: number }>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface Page<T> {
  rows: T[];
  total: number;
  skip: number;
}

/**
 * List, read, create, update and withdraw of one resource, in the contract of
 * `ra-data-simple-rest`. A service adds its own checks by overriding `beforeWrite`.
 */
export abstract class CrudService<T = unknown> {
  protected abstract readonly delegate: Delegate;
  /** Singular name used in messages ("household 12 does not exist"). */
  protected abstract readonly label: string;
  protected abstract readonly listSpec: ListSpec;
  protected readonly include?: Record<string, unknown>;
  protected readonly select?: Record<string, unknown>;
  /** Whether its records are withdrawn rather than deleted, and drop out of lists then (withdrawal.ts). */
  protected readonly withdrawable: boolean = false;

  private get shape() {
    return this.select ? { select: this.select } : this.include ? { include: this.include } : {};
  }

  /** A page of rows; `scope` narrows it further (what this staff member may see, a view). */
  async list(params: ListParams, scope?: Where): Promise<Page<T>> {
    if (this.withdrawable) {
      const withdrawn = withdrawnFilter(params);
      params = withdrawn.params;
      if (withdrawn.scope) scope = scope ? { AND: [scope, withdrawn.scope] } : withdrawn.scope;
    }
    const parsed = parseList(params, this.listSpec);
    const { skip, take, orderBy } = parsed;
    const where = scope ? { AND: [scope, parsed.where] } : parsed.where;
    const [rows, total] = await Promise.all([
      this.delegate.findMany({ where, orderBy, skip, take, ...this.shape }),
      this.delegate.count({ where }),
    ]);
    return { rows: await this.presentMany(rows.map((r) => this.present(r))), total, skip };
  }

  async get(id: number): Promise<T> {
    const row = await this.delegate.findUnique({ where: { id }, ...this.shape });
    if (!row) throw notFound(this.label, id);
    return (await this.presentMany([this.present(row)]))[0];
  }

  /** The record as the API sends it (e.g. decimals as numbers, dates as YYYY-MM-DD). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected present(row: any): T {
    return row;
  }

  /** Adds what other tables know about a page of records, in one query per page. */
  protected async presentMany(rows: T[]): Promise<T[]> {
    return rows;
  }

  /** The validated body as Prisma stores it. */
  protected toData(data: object): object {
    return data;
  }

  /** Checks that go beyond one field (references, uniqueness); throws 400/404/409. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  protected async beforeWrite(data: Record<string, unknown>, id?: number): Promise<void> {}

  /** A new record; a body with a `requestId` (request-id.ts) creates it once, and a repeat answers with it. */
  async create(data: object): Promise<T> {
    const { requestId } = data as { requestId?: string };
    await this.beforeWrite(data as Record<string, unknown>);
    const { record } = await createOnce(
      requestId,
      (id) => this.delegate.findUnique({ where: { requestId: id }, ...this.shape }),
      () => refusingNull(this.delegate.create({ data: this.toData(data), ...this.shape })),
    );
    return (await this.presentMany([this.present(record)]))[0];
  }

  async update(id: number, data: object): Promise<T> {
    if (isWithdrawn(await this.get(id))) throw withdrawnRecord(this.label, id);
    await this.beforeWrite(data as Record<string, unknown>, id);
    const row = await refusingNull(this.delegate.update({ where: { id }, data: this.toData(data), ...this.shape }));
    return (await this.presentMany([this.present(row)]))[0];
  }

  /** Withdraws a record: kept, marked with who, when and why; once only (409 the second time). */
  async withdraw(id: number, reason: string, staffId: number): Promise<T> {
    if (!this.withdrawable) throw new Error(`${this.label} records are not withdrawn`);
    if (isWithdrawn(await this.get(id))) throw conflict(`${this.label} ${id} is already withdrawn`);
    const { count } = await this.delegate.updateMany({ where: { id, withdrawnAt: null }, data: withdrawal(staffId, reason) });
    if (!count) throw conflict(`${this.label} ${id} is already withdrawn`);
    return this.get(id);
  }
}

/**
 * `@IsOptional()` lets `null` through, which a required column refuses: Prisma names the field
 * ("Argument `name` must not be null"), and that is the client's 400, with nothing written.
 */
async function refusingNull<R>(write: Promise<R>): Promise<R> {
  try {
    return await write;
  } catch (error) {
    const field = error instanceof Prisma.PrismaClientValidationError ? /Argument `(\w+)` must not be null/.exec(error.message)?.[1] : undefined;
    if (field) throw badRequest(field, 'must not be null');
    throw error;
  }
}

/** 400 unless the referenced row exists (a clearer answer than a foreign-key failure). */
export async function assertReference(delegate: Delegate, field: string, id: unknown, label: string): Promise<void> {
  if (id === undefined) return;
  const row = await delegate.findUnique({ where: { id } });
  if (!row) throw badRequest(field, `${label} ${String(id)} does not exist`);
}

/**
 * A record id from the path: digits only, within PostgreSQL's int4 (every id column), so that
 * `2147483648` or `1e3` is a 400 here and not an error of the database.
 */
export const idPipe: PipeTransform<string | number, number> = {
  transform(value: string | number, metadata: ArgumentMetadata) {
    const field = metadata.data ?? 'id';
    // The global pipe may have made a number of it already (a parameter typed `number`).
    const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(id)) throw badRequest(field, 'must be an integer');
    if (id < 1 || id > INT4_MAX) throw badRequest(field, `must be an id from 1 to ${INT4_MAX}`);
    return id;
  },
};

export interface CrudOptions {
  resource: string;
  create: Type<object>;
  update: Type<object>;
  /** Whether DELETE is offered: it withdraws the record with a reason (withdrawal.ts), never deletes it. */
  deletable?: boolean;
}

export function listQuery(): MethodDecorator {
  return (target, key, descriptor) => {
    ApiQuery({ name: 'sort', required: false, example: '["id","ASC"]' })(target, key, descriptor);
    ApiQuery({ name: 'range', required: false, example: '[0,24]' })(target, key, descriptor);
    ApiQuery({ name: 'filter', required: false, example: '{}' })(target, key, descriptor);
  };
}

/** Sends a page with its Content-Range header. */
export function sendPage<T>(res: Response, resource: string, page: Page<T>): T[] {
  res.setHeader('Content-Range', contentRange(resource, page.skip, page.rows.length, page.total));
  return page.rows;
}

/** A controller base class with the five endpoints of a ra-data-simple-rest resource (DELETE withdraws). */
export function CrudController(options: CrudOptions) {
  const createPipe = bodyPipe(options.create);
  const updatePipe = bodyPipe(options.update);

  abstract class Base {
    constructor(protected readonly service: CrudService) {}

    @Get()
    @listQuery()
    async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
      return sendPage(res, options.resource, await this.service.list(params));
    }

    @Get(':id')
    @ApiOkResponse({ description: 'The record' })
    get(@Param('id', idPipe) id: number) {
      return this.service.get(id);
    }

    @Post()
    @ApiBody({ type: options.create })
    create(@Body(createPipe) body: object) {
      return this.service.create(body);
    }

    @Put(':id')
    @ApiBody({ type: options.update })
    update(@Param('id', idPipe) id: number, @Body(updatePipe) body: object) {
      return this.service.update(id, body);
    }
  }

  if (options.deletable === false) return Base;

  abstract class Withdrawable extends Base {
    /** Withdraws the record with `{ reason }`: it stays readable and in its history (ARC-1). */
    @Delete(':id')
    @HttpCode(200)
    @ApiBody({ type: WithdrawDto })
    remove(@Param('id', idPipe) id: number, @Body(withdrawPipe) body: { reason: string }, @CurrentStaff() staff: StaffPrincipal) {
      return this.service.withdraw(id, body.reason, staff.id);
    }
  }
  return Withdrawable;
}

/** The body of a withdrawal; none at all, or a blank reason, is one 400 naming `reason`. */
export const withdrawPipe: PipeTransform = {
  transform: (value: unknown, metadata: ArgumentMetadata) => {
    const body = value && typeof value === 'object' ? (value as { reason?: unknown }) : {};
    if (body.reason === undefined || body.reason === null || (typeof body.reason === 'string' && !body.reason.trim())) {
      throw badRequest('reason', 'a reason is required: say why the record is withdrawn');
    }
    return bodyPipe(WithdrawDto).transform(body, { ...metadata, metatype: WithdrawDto });
  },
};

export type { Where };
