import { periodText, t, type FiguresReport, type Text } from '../common/figures/report';
import type { DecorationFiguresService } from './figures';

type Figures = Awaited<ReturnType<DecorationFiguresService['figures']>>;

const STATUSES: Record<string, Text> = {
  DOCUMENTS: t('待核验证件', 'Documents to check'),
  REVIEW: t('方案审核中', 'Plan under review'),
  ACTIVE: t('施工中', 'Works under way'),
  STOPPED: t('已停工', 'Works stopped'),
  ACCEPTANCE: t('待验收', 'Acceptance inspection'),
  COMPLETED: t('已完成', 'Completed'),
  REFUSED: t('未批准', 'Refused'),
};
const GATE_RESULTS: Record<string, Text> = {
  VALID: t('有效：放行', 'Valid: let through'),
  USED: t('已使用', 'Already used'),
  NOT_YET_VALID: t('未到有效时间', 'Not valid yet'),
  EXPIRED: t('已过期', 'Expired'),
  REVOKED: t('已作废', 'Revoked'),
  STOPPED: t('已停工', 'Works stopped'),
  UNKNOWN: t('查无此证', 'Unknown pass'),
};

const named = (names: Record<string, Text>, key: string) => names[key] ?? t(key, key);
const FIGURE = t('项目', 'Figure');
const VALUE = t('数值', 'Value');

/** DEC-7: the decoration figures of a period as a workbook and a PDF. */
export function decorationReport(f: Figures, from: Date, to: Date): FiguresReport {
  const period = periodText(from, to);
  return {
    file: `decorations-${period.en.replace(/ to /, '-')}`,
    title: t('装修统计', 'Decoration figures'),
    period,
    tables: [
      {
        title: t('申请与审批', 'Applications and approvals'),
        columns: [{ label: FIGURE, kind: 'text' }, { label: VALUE, kind: 'number' }],
        rows: [
          [t('申请数', 'Applications'), f.applications],
          ...Object.entries(f.byStatus).map(([status, n]) => [t(`其中：${named(STATUSES, status).zh}`, `Of them: ${named(STATUSES, status).en}`), n]),
          [t('批准数', 'Approved'), f.approved],
          [t('当场批准', 'Approved on the spot'), f.timing.ON_THE_SPOT],
          [t('3天内批准', 'Approved within 3 days'), f.timing.WITHIN_3_DAYS],
          [t('超时批准', 'Approved late'), f.timing.LATE],
          [t('平均部门用时（小时）', "Average department's time (hours)"), f.averageDepartmentHours],
          [t('平均等待申请人（小时）', 'Average waiting for the applicant (hours)'), f.averageApplicantHours],
        ],
      },
      {
        title: t('监管', 'Supervision'),
        columns: [{ label: FIGURE, kind: 'text' }, { label: VALUE, kind: 'count' }],
        rows: [
          [t('违规（停工）', 'Violations (works stopped)'), f.violations],
          [t('解除停工', 'Stops lifted'), f.stopsLifted],
          [t('当前停工', 'Stopped now'), f.stoppedNow],
          [t('门岗核验施工人员出入证次数', "Workers' passes checked at the gate"), f.gateChecks],
          ...Object.entries(f.gateChecksByResult).map(([result, n]) => [t(`其中：${named(GATE_RESULTS, result).zh}`, `Of them: ${named(GATE_RESULTS, result).en}`), n]),
        ],
      },
      {
        title: t('各楼栋在施装修（当前）', 'Active decorations per building (now)'),
        columns: [
          { label: t('楼栋', 'Building'), kind: 'text' },
          { label: t('在施', 'Active'), kind: 'count' },
          { label: t('其中停工', 'Of them stopped'), kind: 'count' },
        ],
        rows: f.activeByBuilding.map((b) => [b.building, b.active, b.stopped]),
      },
    ],
  };
}
