import type { PrismaClient } from '../../../../prisma/client';
import type { PdfFont } from '../../../common/pdf';
import { getInspection } from './inspections';
import { renderInspectionReport } from './report-pdf';

/** The printed report of an inspection as it stands (for the API's download and a process's filing). */
export async function inspectionReportPdf(prisma: PrismaClient, font: PdfFont, id: number): Promise<Buffer> {
  const inspection = await getInspection(prisma, id);
  const orders = await prisma.repairOrder.findMany({ where: { id: { in: inspection.items.map((i) => i.repairOrderId).filter((o): o is number => o !== null) } }, select: { id: true, serial: true } });
  const kase = await prisma.case.findUnique({ where: { id: inspection.caseId }, select: { household: { select: { unit: { select: { building: { select: { estate: { select: { name: true } } } } } } } } } });
  return renderInspectionReport(font, { ...inspection, repairSerials: Object.fromEntries(orders.map((o) => [o.id, o.serial])), estate: kase?.household?.unit.building.estate.name ?? '' });
}
