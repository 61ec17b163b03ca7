import type { PrismaClient } from '../../../prisma/client';
import { renderPdf, type PdfFont } from '../../../apps/common/pdf';
import { loadCalendar, loadPolicy } from '../../core/activities';
import type { DeliveryPolicy } from '../../core/case';
import { localDay } from '../../core/calendar';
import { DEFAULT_SUPERVISION_POLICY } from '../policy';
import { openMatters, type OpenMatter } from './open-matters';

/** Lines of the PDF: beyond this many, the summary says how many more there are (the list stays on screen). */
const MAX_LINES = 3000;
const CST = (iso: string, offset: number) => new Date(Date.parse(iso) + offset * 60_000).toISOString().slice(0, 16).replace('T', ' ');

/** The matters of one process, oldest first, overdue marked. */
function section(process: string, matters: OpenMatter[], offset: number) {
  const overdue = matters.filter((m) => m.overdue).length;
  const { zh, en } = matters[0].processName;
  return {
    heading: `${zh} ${en} — 未办结 ${matters.length} 件 open, 逾期 ${overdue} 件 overdue`,
    lines: matters.map(
      (m) =>
        `${m.overdue ? '【逾期 OVERDUE】' : ''}${m.caseId ? `#${m.caseId}` : `借阅 loan ${m.loanId}`} ${m.title.zh} · ` +
        `受理 opened ${CST(m.openedAt, offset)} · ${m.ageDays} 天 days · 负责 owner ${m.owner.zh}` +
        (m.dueAt ? ` · 期限 due ${CST(m.dueAt, offset)}` : '') +
        (m.escalated ? ' · 已升级 escalated' : ''),
    ),
    process,
  };
}

export const createSummaryActivities = ({ prisma, pdfFont, delivery }: { prisma: PrismaClient; pdfFont: PdfFont; delivery: DeliveryPolicy }) => ({
  /**
   * REC-4: the weekly summary of unfinished matters, kept with its PDF. Once per run: a retry finds the
   * summary it made. Returns what the office directors' e-mails say, in each one's language.
   */
  async buildUnfinishedSummary(input: { workflowId: string }) {
    const calendar = await loadCalendar(prisma);
    const offset = calendar.utcOffsetMinutes;
    let summary = await prisma.unfinishedSummary.findUnique({ where: { workflowId: input.workflowId } });
    if (!summary) {
      const policy = await loadPolicy(prisma, 'supervision', DEFAULT_SUPERVISION_POLICY);
      const now = Date.now();
      const matters = await openMatters(prisma, policy.data, now);
      // Overdue first, then the oldest.
      matters.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.ageDays - a.ageDays);
      const byProcess = new Map<string, OpenMatter[]>();
      for (const m of matters) byProcess.set(m.process, [...(byProcess.get(m.process) ?? []), m]);
      const sections = [...byProcess].map(([process, list]) => section(process, list, offset));
      let budget = MAX_LINES;
      for (const s of sections) {
        const kept = s.lines.slice(0, Math.max(0, budget));
        if (kept.length < s.lines.length) kept.push(`…… 另有 ${s.lines.length - kept.length} 件 and ${s.lines.length - kept.length} more (see the back office)`);
        budget -= s.lines.length;
        s.lines = kept;
      }
      const overdueCount = matters.filter((m) => m.overdue).length;
      const today = localDay(now, calendar);
      const pdf = await renderPdf(pdfFont, {
        title: '未办结事项周报 Weekly summary of unfinished matters',
        subtitle: `${today} · 未办结 ${matters.length} 件 open · 逾期 ${overdueCount} 件 overdue`,
        sections: sections.length ? sections : [{ heading: '无未办结事项 Nothing is open', lines: [] }],
      });
      summary = await prisma.unfinishedSummary.upsert({
        where: { workflowId: input.workflowId },
        update: {},
        create: { workflowId: input.workflowId, openCount: matters.length, overdueCount, items: matters as object[], pdf: new Uint8Array(pdf), messageIds: [] },
      });
    }
    const directors = await prisma.staff.findMany({ where: { role: 'OFFICE_DIRECTOR', active: true }, orderBy: { id: 'asc' } });
    const items = summary.items as unknown as OpenMatter[];
    const counts = new Map<string, { zh: string; en: string; open: number; overdue: number }>();
    for (const m of items) {
      const c = counts.get(m.process) ?? { ...m.processName, open: 0, overdue: 0 };
      c.open++;
      if (m.overdue) c.overdue++;
      counts.set(m.process, c);
    }
    const day = localDay(summary.generatedAt.getTime(), calendar);
    const mails = directors.map((d) => {
      const zh = d.language === 'zh';
      const lines = [...counts.values()].map((c) => (zh ? `· ${c.zh}：未办结 ${c.open} 件，逾期 ${c.overdue} 件` : `· ${c.en}: ${c.open} open, ${c.overdue} overdue`));
      const overdue = items.filter((m) => m.overdue).slice(0, 20).map((m) => `· ${m.caseId ? `#${m.caseId}` : `loan ${m.loanId}`} ${zh ? m.title.zh : m.title.en} (${m.ageDays} ${zh ? '天' : 'days'}, ${zh ? m.owner.zh : m.owner.en})`);
      return {
        staffId: d.id,
        subject: zh ? `未办结事项周报 ${day}` : `Weekly summary of unfinished matters ${day}`,
        text: zh
          ? `本周未办结事项汇总：共 ${summary.openCount} 件，其中逾期 ${summary.overdueCount} 件。\n${lines.join('\n')}\n\n逾期事项：\n${overdue.join('\n') || '无'}\n\n完整的汇总（第 ${summary.id} 号）见附件 PDF，也可在客服后台“督办 → 未办结事项周报”中查看。`
          : `Unfinished matters this week: ${summary.openCount} open, ${summary.overdueCount} of them overdue.\n${lines.join('\n')}\n\nOverdue:\n${overdue.join('\n') || 'none'}\n\nThe full summary (no. ${summary.id}) is the attached PDF, also under Supervision → Weekly summaries in the back office.`,
      };
    });
    return { summaryId: summary.id, openCount: summary.openCount, overdueCount: summary.overdueCount, mails, delivery };
  },

  /** The e-mails that took the summary to the directors, kept on it. */
  async recordSummaryMessages(input: { summaryId: number; messageIds: number[] }): Promise<void> {
    await prisma.unfinishedSummary.update({ where: { id: input.summaryId }, data: { messageIds: input.messageIds } });
  },
});
