import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DEFAULT_SURVEY_POLICY, isSatisfied, type Answer, type Question, type SurveyPolicy } from '../../../../workflows/survey/policy';
import { CasesService } from '../cases/cases.service';
import { AppConfigService } from '../common/app-config.service';
import { sendReport } from '../common/figures/send';
import { surveyReport } from './figures-report';
import { isRealDate } from '../common/dates';
import { badRequest } from '../common/errors';
import { PrismaService } from '../database/prisma.service';

const HOUR = 3_600_000;
type Tally = { rated: number; satisfied: number; rate: number | null };
const tally = (rated: number, satisfied: number): Tally => ({ rated, satisfied, rate: rated ? Math.round((satisfied / rated) * 10_000) / 10_000 : null });
/** The estate's month (China Standard Time) of an instant: 2026-04. */
const monthOf = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 7);

/** The channels of seed 003 first (reception, telephone service, return visits), then the other services rated. */
export const CHANNELS = ['RECEPTION', 'PHONE', 'RETURN_VISIT', 'REPAIR', 'CLEANING', 'SECURITY', 'GREENING', 'OVERALL'] as const;
export const METHODS = ['VISIT', 'PHONE', 'PAPER', 'LINK'] as const;

interface Rating {
  at: Date;
  channel: string;
  /** How it was taken: a survey method, or the return visit of a complaint or a repair. */
  source: string;
  satisfied: boolean;
}

/** `from` and `to` of a report: local days, `to` after `from`. */
export function period(from: unknown, to: unknown): [Date, Date] {
  if (typeof from !== 'string' || !isRealDate(from)) throw badRequest('from', 'must be a date');
  if (typeof to !== 'string' || !isRealDate(to)) throw badRequest('to', 'must be a date');
  const local = (d: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00+08:00` : d);
  const [start, end] = [local(from), local(to)];
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badRequest('from', 'must be a date');
  if (end <= start) throw badRequest('to', 'must be after from');
  return [start, end];
}

/**
 * SAT-1: satisfaction rates per channel (reception, telephone service, return visit...) and per survey method
 * (visit, phone, opinion form, link), per month, with the return-visit answers of complaints (CMP-9) and repairs
 * (REP-5) counted in the return-visit channel.
 */
@Injectable()
export class SurveyFiguresService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {}

  private async ratings(from: Date, to: Date): Promise<{ ratings: Rating[]; responses: { method: string; at: Date }[] }> {
    const policy = (await this.cases.currentPolicy('survey', DEFAULT_SURVEY_POLICY)).data as SurveyPolicy;
    const responses = await this.prisma.surveyResponse.findMany({
      where: { respondedAt: { gte: from, lt: to } },
      select: { method: true, respondedAt: true, answers: true, questionnaire: { select: { questions: true } } },
    });
    const ratings: Rating[] = [];
    for (const r of responses) {
      const questions = new Map((r.questionnaire.questions as unknown as Question[]).map((q) => [q.id, q]));
      for (const a of r.answers as unknown as Answer[]) {
        const q = questions.get(a.questionId);
        const satisfied = q ? isSatisfied(q, a.value, policy.satisfiedFrom) : null;
        if (q?.topic && satisfied !== null) ratings.push({ at: r.respondedAt, channel: q.topic, source: r.method, satisfied });
      }
    }
    const complaints = await this.prisma.complaint.findMany({ where: { returnVisitAt: { gte: from, lt: to }, satisfaction: { not: null } }, select: { returnVisitAt: true, satisfaction: true } });
    for (const c of complaints) ratings.push({ at: c.returnVisitAt!, channel: 'RETURN_VISIT', source: 'COMPLAINT', satisfied: c.satisfaction === 'SATISFIED' });
    const visits = await this.prisma.repairVisit.findMany({ where: { visitedAt: { gte: from, lt: to } }, select: { visitedAt: true, satisfaction: true } });
    for (const v of visits) ratings.push({ at: v.visitedAt, channel: 'RETURN_VISIT', source: 'REPAIR', satisfied: v.satisfaction === 'SATISFIED' });
    return { ratings, responses: responses.map((r) => ({ method: r.method, at: r.respondedAt })) };
  }

  async figures(from: Date, to: Date) {
    const { ratings, responses } = await this.ratings(from, to);
    const sum = (rs: Rating[]) => tally(rs.length, rs.filter((r) => r.satisfied).length);
    const channels = (rs: Rating[]) => CHANNELS.map((key) => ({ key, ...sum(rs.filter((r) => r.channel === key)) })).filter((c, i) => i < 3 || c.rated > 0);
    const months = [...new Set([...ratings.map((r) => monthOf(r.at)), ...responses.map((r) => monthOf(r.at))])].sort();
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      responses: responses.length,
      total: sum(ratings),
      channels: channels(ratings),
      methods: METHODS.map((key) => ({ key, responses: responses.filter((r) => r.method === key).length, ...sum(ratings.filter((r) => r.source === key)) })),
      returnVisits: (['COMPLAINT', 'REPAIR'] as const).map((key) => ({ key, ...sum(ratings.filter((r) => r.source === key)) })),
      months: months.map((month) => {
        const inMonth = ratings.filter((r) => monthOf(r.at) === month);
        return { month, responses: responses.filter((r) => monthOf(r.at) === month).length, total: sum(inMonth), channels: channels(inMonth) };
      }),
    };
  }

  /** The figures as a spreadsheet opens them: UTF-8 with a byte-order mark. */
  async csv(from: Date, to: Date): Promise<string> {
    const f = await this.figures(from, to);
    const NAMES: Record<string, string> = {
      RECEPTION: '前台接待 Reception', PHONE: '电话服务 Telephone service', RETURN_VISIT: '回访 Return visits', REPAIR: '维修 Repairs', CLEANING: '保洁 Cleaning',
      SECURITY: '安保 Security', GREENING: '绿化 Greening', OVERALL: '总体 Overall', VISIT: '入户走访 Visit', PAPER: '意见征询表 Opinion form', LINK: '短信链接 SMS link',
      COMPLAINT: '投诉回访 Complaint return visits', TOTAL: '合计 Total',
    };
    const pct = (t: Tally) => (t.rate === null ? '' : `${(t.rate * 100).toFixed(1)}%`);
    const lines = ['期间 Period,分组 Group,名称 Name,答卷 Responses,评价数 Rated,满意 Satisfied,满意率 Rate'];
    const add = (p: string, group: string, key: string, t: Tally, responses: number | '' = '') => lines.push([p, group, NAMES[key] ?? key, responses, t.rated, t.satisfied, pct(t)].join(','));
    const all = '全期 Whole period';
    add(all, '合计 Total', 'TOTAL', f.total, f.responses);
    for (const c of f.channels) add(all, '渠道 Channel', c.key, c);
    for (const m of f.methods) add(all, '方式 Method', m.key === 'PHONE' ? 'PHONE' : m.key, m, m.responses);
    for (const r of f.returnVisits) add(all, '回访 Return visits', r.key === 'REPAIR' ? 'REPAIR' : r.key, r);
    for (const m of f.months) for (const c of m.channels) add(m.month, '渠道 Channel', c.key, c);
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }
}

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('surveys')
export class SurveyFiguresController {
  constructor(
    private readonly figures: SurveyFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** SAT-1: satisfaction rates per channel, per survey method and per month. */
  @Get('figures')
  @ApiQuery({ name: 'from', example: '2026-04-01' })
  @ApiQuery({ name: 'to', example: '2026-05-01' })
  getFigures(@Query('from') from: unknown, @Query('to') to: unknown) {
    return this.figures.figures(...period(from, to));
  }

  @Get('figures.csv')
  @ApiQuery({ name: 'from', example: '2026-04-01' })
  @ApiQuery({ name: 'to', example: '2026-05-01' })
  async figuresCsv(@Query('from') from: unknown, @Query('to') to: unknown, @Res() res: Response) {
    const [start, end] = period(from, to);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="satisfaction-${String(from)}-${String(to)}.csv"`);
    res.send(await this.figures.csv(start, end));
  }

  /** The figures as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = period(from, to);
    await sendReport(res, 'xlsx', lang, async () => surveyReport(await this.figures.figures(start, end), start, end), this.font);
  }

  @Get('figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = period(from, to);
    await sendReport(res, 'pdf', lang, async () => surveyReport(await this.figures.figures(start, end), start, end), this.font);
  }
}
