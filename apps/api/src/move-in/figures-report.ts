import { asOfText, estateDay, t, type FiguresReport } from '../common/figures/report';
import type { MoveInFiguresService } from './figures';

type Board = Awaited<ReturnType<MoveInFiguresService['board']>>;
type Defects = Awaited<ReturnType<MoveInFiguresService['defects']>>;

/** The move-in board per building and the defects found at move-in, as they stand now, as a workbook and a PDF. */
export function moveInReport(board: Board, defects: Defects, at = new Date()): FiguresReport {
  return {
    file: `move-in-${estateDay(at)}`,
    title: t('入住看板', 'Move-in board'),
    period: asOfText(at),
    tables: [
      {
        title: t('各楼栋入住办理', 'Move-ins per building'),
        columns: [
          { label: t('楼栋', 'Building'), kind: 'text' },
          { label: t('已预约', 'Booked'), kind: 'count' },
          { label: t('办理中', 'In progress'), kind: 'count' },
          { label: t('待缺陷整改', 'Waiting for defects'), kind: 'count' },
          { label: t('已完成', 'Done'), kind: 'count' },
        ],
        rows: board.map((b) => [b.building, b.BOOKED, b.IN_PROGRESS, b.WAITING_FOR_DEFECTS, b.DONE]),
      },
      {
        title: t('入住验房缺陷', 'Defects found at move-in'),
        columns: [
          { label: t('类别', 'Category'), kind: 'text' },
          { label: t('发现', 'Found'), kind: 'count' },
          { label: t('已签收', 'Signed off'), kind: 'count' },
          { label: t('未完成', 'Open'), kind: 'count' },
          { label: t('平均签收天数', 'Average days to sign-off'), kind: 'days' },
        ],
        rows: defects.map((d) => [t(d.nameZh, d.nameEn), d.found, d.signedOff, d.open, d.averageDaysToSignOff]),
      },
    ],
  };
}
