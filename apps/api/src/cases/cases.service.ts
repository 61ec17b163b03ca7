import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { CaseStatus, Prisma, Priority } from '../../../../prisma/client';
import { startCase, WorkflowUnavailable, type StartCase, type StartWorkflow } from '../../../../workflows/core/activities/start-case';
import type { DeliveryPolicy } from '../../../../workflows/core/case';
import {
  cancelEscalation,
  changePriority,
  changeTier,
  closeCase,
  extendDeadline,
  reassignTask,
} from '../../../../workflows/core/messages';
import type { Actor } from '../../../../workflows/core/types';
import { loadPolicy } from '../../../../workflows/core/activities';
import { AppConfigService } from '../common/app-config.service';
import { CrudService } from '../common/crud';
import { badRequest } from '../common/errors';
import { boolEq, columns, contains, enumEq, intEq, text, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import { sendUpdate } from '../temporal/updates';
import type { CancelEscalationDto, ChangePriorityDto, ChangeTierDto, CloseCaseDto, ExtendDeadlineDto, ReassignDto } from './cases.dto';

/** Every deadline of a task: what it is, when it falls, how it was counted, what happens then, who moved it. */
export const deadlineInclude = {
  orderBy: [{ dueAt: 'asc' as const }, { id: 'asc' as const }],
  include: { movedBy: { select: { id: true, displayName: true } } },
};

export const caseInclude = {
  household: { select: { id: true, name: true, unit: { select: { number: true } } } },
  tasks: {
    orderBy: { id: 'asc' as const },
    include: { assignee: { select: { id: true, displayName: true } }, deadlines: deadlineInclude },
  },
};

export type { StartCase } from '../../../../workflows/core/activities/start-case';

/** Cases of every process: list, file, overrides, and the one way a process starts. */
@Injectable()
export class CasesService extends CrudService {
  protected readonly label = 'case';
  protected override readonly include = caseInclude;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'openedAt', 'closedAt', 'priority', 'escalationLevel', 'status', 'process'),
    defaultSort: ['openedAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(CaseStatus)),
      priority: enumEq('priority', Object.values(Priority)),
      process: (v, k) => ({ process: text(v, k) }),
      tier: (v, k) => ({ tier: text(v, k) }),
      householdId: intEq('householdId'),
      escalated: (v, k) => (boolEq('escalated')(v, k).escalated ? { escalationLevel: { gt: 0 } } : { escalationLevel: 0 }),
      q: (v, k) => ({ OR: [contains('titleZh')(v, k), contains('titleEn')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
    private readonly config: AppConfigService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.case;
  }

  get delivery(): DeliveryPolicy {
    return { maximumAttempts: this.config.values.DELIVERY_MAX_ATTEMPTS, initialIntervalMs: this.config.values.DELIVERY_FIRST_RETRY_MS };
  }

  /** The policy in force for a new case: the latest saved version, or the process's defaults (version 0). */
  currentPolicy(key: string, defaults: object): Promise<{ version: number; data: unknown }> {
    return loadPolicy(this.prisma, key, defaults);
  }

  /** Starts a process's case from the API (the core's `startCase`); a workflow service that is down is a 503. */
  async startCase<Input, Prepared = undefined>(spec: StartCase<Input, Prepared>) {
    try {
      return this.get(await startCase(this.prisma, this.startWorkflow, this.delivery, spec));
    } catch (error) {
      if (!(error instanceof WorkflowUnavailable)) throw error;
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: `The case was not opened: the workflow service is unavailable (${error.message}). Try again.`,
      });
    }
  }

  /** Starts a workflow on the product's task queue. */
  readonly startWorkflow: StartWorkflow = async (workflowType, workflowId, args) => {
    try {
      await this.temporal.client.workflow.start(workflowType, { workflowId, taskQueue: this.temporal.taskQueue, args });
    } catch (error) {
      // Started before (a retried intake finishing what the first began): it runs once.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };

  private async workflowOf(caseId: number): Promise<string> {
    return ((await this.get(caseId)) as { workflowId: string }).workflowId;
  }

  private async taskOf(caseId: number, taskId: number) {
    const task = await this.prisma.task.findUnique({ where: { id: taskId } });
    if (!task || task.caseId !== caseId) throw badRequest('taskId', `task ${taskId} is not part of case ${caseId}`);
  }

  async extendDeadline(caseId: number, dto: ExtendDeadlineDto, actor: Actor) {
    await this.taskOf(caseId, dto.taskId);
    await sendUpdate(this.temporal, await this.workflowOf(caseId), extendDeadline, { ...dto, actor });
    return this.get(caseId);
  }

  async reassign(caseId: number, dto: ReassignDto, actor: Actor) {
    await this.taskOf(caseId, dto.taskId);
    const { taskId, reason, role, department, assigneeId } = dto;
    if (assigneeId !== undefined && !(await this.prisma.staff.findUnique({ where: { id: assigneeId } }))) {
      throw badRequest('assigneeId', `staff member ${assigneeId} does not exist`);
    }
    await sendUpdate(this.temporal, await this.workflowOf(caseId), reassignTask, { taskId, reason, to: { role, department, assigneeId }, actor });
    return this.get(caseId);
  }

  async cancelEscalation(caseId: number, dto: CancelEscalationDto, actor: Actor) {
    await this.taskOf(caseId, dto.taskId);
    await sendUpdate(this.temporal, await this.workflowOf(caseId), cancelEscalation, { ...dto, actor });
    return this.get(caseId);
  }

  async changePriority(caseId: number, dto: ChangePriorityDto, actor: Actor) {
    await sendUpdate(this.temporal, await this.workflowOf(caseId), changePriority, { ...dto, actor });
    return this.get(caseId);
  }

  async changeTier(caseId: number, dto: ChangeTierDto, actor: Actor) {
    await sendUpdate(this.temporal, await this.workflowOf(caseId), changeTier, { ...dto, actor });
    return this.get(caseId);
  }

  async close(caseId: number, dto: CloseCaseDto, actor: Actor) {
    await sendUpdate(this.temporal, await this.workflowOf(caseId), closeCase, { ...dto, actor });
    return this.get(caseId);
  }

  /** Escalated open cases, and open cases with a task due within `withinHours`: the managers' view. */
  escalationsWhere(withinHours: number): Prisma.CaseWhereInput {
    const soon = new Date(Date.now() + withinHours * 3600_000);
    return {
      status: 'OPEN',
      OR: [{ escalationLevel: { gt: 0 } }, { tasks: { some: { status: 'OPEN', dueAt: { lte: soon } } } }],
    };
  }
}
