import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { DocumentsService } from '../archive/documents/documents';
import { badRequest, conflict, notFound } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { ChecklistRefused, checklistsPolicy, missingItems, requiredItems } from './checklists';
import type { CheckItemDto } from './checklists.dto';

export const asHttpRefusal = (error: unknown): unknown => (error instanceof ChecklistRefused ? badRequest(error.field, error.message) : error);

/** The checklist as staff see it: its items in order, each with the document filed for it. */
export const checklistInclude = {
  items: { orderBy: { position: 'asc' as const }, include: { document: { select: { id: true, title: true, fileName: true, kind: true, createdAt: true } } } },
};

@Injectable()
export class ChecklistsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly documents: DocumentsService,
  ) {}

  /** The documents each kind of applicant brings for a purpose, from the policy in force. */
  async requirements(purpose: string, applicantKind: string) {
    try {
      return requiredItems((await checklistsPolicy(this.prisma)).data, purpose, applicantKind);
    } catch (error) {
      throw asHttpRefusal(error);
    }
  }

  async get(id: number) {
    const checklist = await this.prisma.checklist.findUnique({ where: { id }, include: checklistInclude });
    if (!checklist) throw notFound('checklist', id);
    return checklist;
  }

  /**
   * Checks an item: the scan is filed on the household's file through the archive's documents (or a document
   * already there is named); the checklist is complete when every required item is checked.
   */
  async checkItem(id: number, code: string, dto: CheckItemDto, file: Express.Multer.File | undefined, staff: StaffPrincipal) {
    const checklist = await this.get(id);
    const item = checklist.items.find((i) => i.code === code);
    if (!item) throw notFound('checklist item', code);
    if (item.checkedAt) throw conflict(`${item.labelEn} is already checked`);
    let documentId: number;
    if (file) {
      const doc = await this.documents.upload({ householdId: checklist.householdId, kind: item.documentKind, title: `${item.labelZh} ${item.labelEn}`, requestId: dto.requestId }, file, staff.id);
      documentId = doc.id;
    } else if (dto.documentId !== undefined) {
      const doc = await this.prisma.document.findUnique({ where: { id: dto.documentId }, select: { householdId: true, withdrawnAt: true } });
      if (!doc || doc.householdId !== checklist.householdId || doc.withdrawnAt) throw badRequest('documentId', "must be a document on the household's file");
      documentId = dto.documentId;
    } else {
      throw badRequest('file', "a scan of the document, or the documentId of one on the household's file, is required");
    }
    const { count } = await this.prisma.checklistItem.updateMany({ where: { id: item.id, checkedAt: null }, data: { checkedAt: new Date(), checkedById: staff.id, documentId, note: dto.note ?? null } });
    if (!count) throw conflict(`${item.labelEn} is already checked`);
    if (!(await missingItems(this.prisma, id)).length) await this.prisma.checklist.updateMany({ where: { id, completedAt: null }, data: { completedAt: new Date() } });
    return this.get(id);
  }
}
