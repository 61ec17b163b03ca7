import { asOfText, estateDay, t, type FiguresReport } from '../common/figures/report';
import type { CustodyFiguresService } from './custody-figures';

type Figures = Awaited<ReturnType<CustodyFiguresService['figures']>>;

/** MOV-7: the units in custody now, with their meter alerts and patrols, as a workbook and a PDF. */
export function custodyReport(f: Figures, at = new Date()): FiguresReport {
  return {
    file: `custody-${estateDay(at)}`,
    title: t('托管房：异常与巡查', 'Units in custody: alerts and patrols'),
    period: asOfText(at),
    tables: [
      {
        title: t('合计', 'Totals'),
        columns: [
          { label: t('项目', 'Figure'), kind: 'text' },
          { label: t('数值', 'Value'), kind: 'count' },
        ],
        rows: [
          [t('托管房数', 'Units in custody'), f.inCustody],
          [t('水电异常', 'Meter alerts'), f.alerts],
          [t('未处理异常', 'Alerts open'), f.openAlerts],
          [t('已完成巡查', 'Patrols done'), f.patrolsDone],
          [t('待巡查', 'Patrols open'), f.patrolsOpen],
          [t('发现问题', 'Problems found'), f.problemsFound],
        ],
      },
      {
        title: t('各托管房', 'Per unit'),
        columns: [
          { label: t('房屋', 'Unit'), kind: 'text' },
          { label: t('业主', 'Owner'), kind: 'text' },
          { label: t('托管开始', 'Since'), kind: 'date' },
          { label: t('用水', 'Water used'), kind: 'number' },
          { label: t('用电', 'Electricity used'), kind: 'number' },
          { label: t('水电异常', 'Meter alerts'), kind: 'count' },
          { label: t('未处理异常', 'Alerts open'), kind: 'count' },
          { label: t('已完成巡查', 'Patrols done'), kind: 'count' },
          { label: t('待巡查', 'Patrols open'), kind: 'count' },
          { label: t('雨天巡查', 'Rain patrols'), kind: 'count' },
          { label: t('发现问题', 'Problems found'), kind: 'count' },
          { label: t('维修单', 'Repair orders'), kind: 'count' },
          { label: t('最近巡查', 'Last patrol'), kind: 'datetime' },
        ],
        rows: f.units.map((u) => [
          u.unit,
          u.owner,
          u.startedAt,
          u.waterUsed,
          u.electricityUsed,
          u.alerts,
          u.openAlerts,
          u.patrolsDone,
          u.patrolsOpen,
          u.rainPatrols,
          u.problemsFound,
          u.repairOrders,
          u.lastPatrolAt,
        ]),
      },
    ],
    notes: [t('用水、用电：最近一次抄表记录的用量；超过托管规则的限额即报异常。', 'Water and electricity used: as the latest reading recorded them; use over the custody policy’s limits raises an alert.')],
  };
}
