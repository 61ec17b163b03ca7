import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { WorkflowUnavailable } from '../../../../workflows/core/activities/start-case';
import { RepairRefused } from '../../../../workflows/repair/activities/open';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { AttachmentsService } from '../cases/attachments';
import { CasesService } from '../cases/cases.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, enumEq, intEq, text, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { defectsOf, openDefectRepairs, signOffItem, type DefectRepairs } from './defects';
import { addPhoto, confirmInspection, getInspection, inspectionInclude, InspectionRefused, openInspection, recordItem, recordMeters, templatesPolicy, type ItemResult, type OpenInspection } from './inspections';

/** A refusal of the core as the API answers it: 400 naming the field, 404, or 409. */
export function asHttp(error: unknown): unknown {
  if (error instanceof InspectionRefused) return error.status === 404 ? new NotFoundException({ statusCode: 404, error: 'Not Found', message: error.message }) : error.status === 409 ? conflict(error.message) : badRequest(error.field, error.message);
  if (error instanceof RepairRefused) return error.status === 409 ? conflict(error.message) : badRequest(error.field, error.message);
  if (error instanceof WorkflowUnavailable) return new ServiceUnavailableException({ statusCode: 503, message: `The repair orders were not all opened: the workflow service is unavailable (${error.message}). Try again.` });
  return error;
}

const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw asHttp(error);
  }
};

/**
 * Inspections (core) for the API and for other areas' services (move-in, custody, decoration): each method
 * is the core function with its refusals answered as HTTP.
 */
@Injectable()
export class InspectionsService extends CrudService {
  protected readonly label = 'inspection';
  protected override readonly include = inspectionInclude;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'confirmedAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: { caseId: intEq('caseId'), householdId: intEq('householdId'), status: enumEq('status', ['OPEN', 'CONFIRMED']), template: (v, k) => ({ template: text(v, k) }) },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly attachments: AttachmentsService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.inspection;
  }

  /** The templates in force, with their rooms, items, meters and parties. */
  async templates() {
    const { version, data } = await templatesPolicy(this.prisma);
    return Object.entries(data).map(([code, template]) => ({ code, version, ...template }));
  }

  open(spec: OpenInspection) {
    return guarded(() => openInspection(this.prisma, spec));
  }

  override get(id: number) {
    return guarded(() => getInspection(this.prisma, id));
  }

  recordItem(id: number, itemId: number, result: ItemResult, staff: StaffPrincipal) {
    return guarded(() => recordItem(this.prisma, id, itemId, result, staff.id));
  }

  recordMeters(id: number, readings: Record<string, unknown>) {
    return guarded(() => recordMeters(this.prisma, id, readings));
  }

  /** A photo of an item: kept as an attachment of the inspection's case (the case attachments core). */
  async addPhoto(id: number, itemId: number, file: Express.Multer.File | undefined, note: string | undefined, requestId: string | undefined, staff: StaffPrincipal) {
    const inspection = await this.get(id);
    if (!inspection.items.some((i) => i.id === itemId)) throw notFound('inspection item', itemId);
    const attachment = await this.attachments.add(inspection.caseId, { note, requestId }, file, staff.id);
    return guarded(() => addPhoto(this.prisma, id, itemId, attachment.id));
  }

  confirm(id: number, confirmation: { party: string; name: string }, staff: StaffPrincipal) {
    return guarded(() => confirmInspection(this.prisma, id, confirmation, staff.id));
  }

  defects(id: number) {
    return guarded(() => defectsOf(this.prisma, id));
  }

  /** Each defect without an order becomes a repair order (the repair process's start API). */
  async openRepairs(id: number, request: Omit<DefectRepairs, 'source'> & { source?: DefectRepairs['source'] }, staff: StaffPrincipal) {
    const inspection = await this.get(id);
    await guarded(() => openDefectRepairs(this.prisma, this.cases.startWorkflow, this.cases.delivery, id, { ...request, source: request.source ?? { process: inspection.template, caseId: inspection.caseId }, receivedById: staff.id }));
    return this.defects(id);
  }

  signOff(id: number, itemId: number, signOff: { name: string; note?: string }, staff: StaffPrincipal) {
    return guarded(() => signOffItem(this.prisma, id, itemId, signOff, staff.id));
  }
}
