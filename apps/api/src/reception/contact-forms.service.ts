import { Injectable } from '@nestjs/common';
import { Department } from '../../../../prisma/client';
import { contactFormNumber, contactFormTitle, contactFormWorkflowId, DEFAULT_CONTACT_FORM_POLICY, type ContactFormPolicy } from '../../../../workflows/contact-form/policy';
import type { ContactFormInput } from '../../../../workflows/contact-form/workflow';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService, deadlineInclude } from '../cases/cases.service';
import { assertReference, CrudService } from '../common/crud';
import { badRequest, conflict } from '../common/errors';
import { columns, contains, date, enumEq, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { withoutNulls } from './entries.service';
import type { CreateContactFormDto } from './reception.dto';

const STATUSES = ['SENT', 'ACKNOWLEDGED', 'REPLIED', 'VOIDED'];

/** REC-5: work contact forms (工作联系单) to other departments, numbered, acknowledged and replied to by deadlines. */
@Injectable()
export class ContactFormsService extends CrudService {
  protected readonly label = 'contact form';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'number', 'createdAt', 'status', 'toDepartment'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: enumEq('status', STATUSES),
      toDepartment: enumEq('toDepartment', Object.values(Department)),
      entryId: intEq('entryId'),
      caseId: intEq('caseId'),
      from: (v, k) => ({ createdAt: { gte: date(v, k) } }),
      to: (v, k) => ({ createdAt: { lt: date(v, k) } }),
      q: (v, k) => ({ OR: [contains('number')(v, k), contains('subject')(v, k), contains('content')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.contactForm;
  }

  /** Who sent, acknowledged and replied; the case's open tasks with their deadlines and escalation. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override async presentMany(rows: any[]) {
    const ids = [...new Set(rows.flatMap((r) => [r.createdById, r.acknowledgedById, r.repliedById]).filter((id) => id != null))] as number[];
    const [staff, cases] = await Promise.all([
      this.prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }),
      this.prisma.case.findMany({
        where: { id: { in: rows.flatMap((r) => (r.caseId ? [r.caseId] : [])) } },
        select: { id: true, status: true, escalationLevel: true, tasks: { where: { status: 'OPEN' }, select: { id: true, key: true, dueAt: true, escalationLevel: true, deadlines: deadlineInclude } } },
      }),
    ]);
    const name = (id: number | null) => (id == null ? null : (staff.find((s) => s.id === id) ?? null));
    return rows.map((r) => ({ ...r, createdBy: name(r.createdById), acknowledgedBy: name(r.acknowledgedById), repliedBy: name(r.repliedById), case: cases.find((c) => c.id === r.caseId) ?? null }));
  }

  async send(given: CreateContactFormDto, staff: StaffPrincipal) {
    const dto = withoutNulls(given);
    await assertReference(this.prisma.receptionEntry, 'entryId', dto.entryId, 'reception entry');
    if (dto.replyBy !== undefined && !(Date.parse(dto.replyBy) > Date.now())) throw badRequest('replyBy', 'must be in the future');
    const kase = (await this.cases.startCase<ContactFormInput, { formId: number; number: string }>({
      process: 'contact-form',
      workflowType: 'contactFormWorkflow',
      workflowId: contactFormWorkflowId,
      title: contactFormTitle('', dto.subject),
      priority: 'HIGH',
      policyKey: 'contact-form',
      defaultPolicy: DEFAULT_CONTACT_FORM_POLICY,
      requestId: dto.requestId,
      prepare: (caseId) =>
        this.prisma.$transaction(async (tx) => {
          const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
          const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
            INSERT INTO "Counter" (name, value) VALUES (${`contact-form-${year}`}, 1)
            ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
          const number = contactFormNumber(year, value);
          const form = await tx.contactForm.create({
            data: {
              number,
              caseId,
              entryId: dto.entryId ?? null,
              toDepartment: dto.toDepartment as Department,
              subject: dto.subject.trim(),
              content: dto.content.trim(),
              replyBy: dto.replyBy ? new Date(dto.replyBy) : null,
              createdById: staff.id,
              requestId: dto.requestId ?? null,
            },
          });
          const title = contactFormTitle(number, form.subject);
          await tx.case.update({ where: { id: caseId }, data: { titleZh: title.zh, titleEn: title.en } });
          return { formId: form.id, number };
        }),
      // The number is taken: the form stays, voided, so the numbers have no gap.
      undo: async (caseId) => void (await this.prisma.contactForm.updateMany({ where: { caseId }, data: { status: 'VOIDED', caseId: null, requestId: null } })),
      input: (caseId, policy, delivery, prepared) => ({
        caseId,
        formId: prepared.formId,
        number: prepared.number,
        toDepartment: dto.toDepartment as ContactFormInput['toDepartment'],
        senderId: staff.id,
        replyBy: dto.replyBy ? new Date(dto.replyBy).toISOString() : undefined,
        policy: policy as ContactFormPolicy,
        delivery,
      }),
    })) as { id: number };
    for (let waited = 0; ; waited += 100) {
      const form = await this.prisma.contactForm.findUnique({ where: { caseId: kase.id }, select: { id: true } });
      if (form) return this.get(form.id);
      if (waited >= 5_000) throw conflict('The contact form with this requestId is still being sent: try again with the same requestId.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
