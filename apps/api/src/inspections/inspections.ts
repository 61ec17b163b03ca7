import { Prisma, type InspectionCondition, type PrismaClient } from '../../../../prisma/client';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { categoryOf, DEFAULT_REPAIR_POLICY, type RepairPolicy } from '../../../../workflows/repair/policy';
import { DEFAULT_INSPECTION_TEMPLATES, type InspectionParty, type InspectionTemplatesPolicy, type Meter } from './templates';

/**
 * The inspection (core): a walk through a unit item by item from a template of the `inspection-templates`
 * policy, with meter readings and the confirmation of each party. Used by move-in (MOV-5), custody patrols and
 * decoration acceptance through these functions, which take a Prisma client so that the API's services and the
 * worker's activities call the same code. Repair orders and sign-offs of defects are in `defects.ts`.
 */

export class InspectionRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export const CONDITIONS = ['GOOD', 'DEFECT', 'NOT_APPLICABLE'] as const;

/** The inspection as staff see it: its items in order with their photos, and the confirmations. */
export const inspectionInclude = {
  items: {
    orderBy: { position: 'asc' as const },
    include: { photos: { orderBy: { id: 'asc' as const }, select: { id: true, attachmentId: true, attachment: { select: { id: true, fileName: true, mimeType: true, note: true, createdAt: true } } } } },
  },
  confirmations: { orderBy: { id: 'asc' as const } },
} satisfies Prisma.InspectionInclude;

export type InspectionRecord = Prisma.InspectionGetPayload<{ include: typeof inspectionInclude }>;

export function templatesPolicy(prisma: PrismaClient) {
  return loadPolicy<InspectionTemplatesPolicy>(prisma, 'inspection-templates', DEFAULT_INSPECTION_TEMPLATES);
}

export interface OpenInspection {
  /** The template's name in the policy: move-in, custody-patrol, decoration-acceptance... */
  template: string;
  /** The case of the process walking it; photos are kept as its attachments. */
  caseId: number;
  householdId?: number | null;
  /** Where, when not the household's unit. */
  location?: string;
  /** Who confirms, when not the template's parties. */
  parties?: InspectionParty[];
  createdById?: number | null;
  requestId?: string;
}

/** Opens an inspection with the items of the template in force (a later policy change does not change it). */
export async function openInspection(prisma: PrismaClient, spec: OpenInspection): Promise<InspectionRecord> {
  const policy = await templatesPolicy(prisma);
  const template = policy.data[spec.template];
  if (!template) throw new InspectionRefused('template', `must be one of ${Object.keys(policy.data).join(', ')}`);
  if (spec.requestId) {
    const earlier = await prisma.inspection.findUnique({ where: { requestId: spec.requestId }, include: inspectionInclude });
    if (earlier) return earlier;
  }
  if (!(await prisma.case.findUnique({ where: { id: spec.caseId }, select: { id: true } }))) throw new InspectionRefused('caseId', `case ${spec.caseId} does not exist`);
  let location = spec.location?.trim() ?? '';
  if (spec.householdId != null) {
    const household = await prisma.household.findUnique({ where: { id: spec.householdId }, select: { unit: { select: { number: true, building: { select: { name: true } } } } } });
    if (!household) throw new InspectionRefused('householdId', `household ${spec.householdId} does not exist`);
    location ||= `${household.unit.building.name} ${household.unit.number}`;
  }
  if (!location) throw new InspectionRefused('location', 'say where the inspection is (or give the householdId)');
  const parties = spec.parties?.length ? spec.parties : template.parties;
  let position = 0;
  const items = template.rooms.flatMap((room) =>
    room.items.map((i) => ({ roomCode: room.code, roomZh: room.name.zh, roomEn: room.name.en, code: i.code, labelZh: i.label.zh, labelEn: i.label.en, category: i.category, position: position++ })),
  );
  try {
    return await prisma.inspection.create({
      data: {
        template: spec.template,
        templateVersion: policy.version,
        titleZh: `${template.name.zh}（${location}）`,
        titleEn: `${template.name.en} (${location})`,
        caseId: spec.caseId,
        householdId: spec.householdId ?? null,
        location,
        parties: parties as unknown as Prisma.InputJsonValue,
        meters: template.meters as Prisma.InputJsonValue,
        createdById: spec.createdById ?? null,
        requestId: spec.requestId,
        items: { create: items },
      },
      include: inspectionInclude,
    });
  } catch (error) {
    const earlier = spec.requestId && (await prisma.inspection.findUnique({ where: { requestId: spec.requestId }, include: inspectionInclude }));
    if (earlier) return earlier;
    throw error;
  }
}

export async function getInspection(prisma: PrismaClient | Prisma.TransactionClient, id: number): Promise<InspectionRecord> {
  const found = await prisma.inspection.findUnique({ where: { id }, include: inspectionInclude });
  if (!found) throw new InspectionRefused('id', `inspection ${id} does not exist`, 404);
  return found;
}

/** Refuses changes once a party has confirmed what they saw: the record they signed stays as it was. */
function assertOpen(inspection: InspectionRecord) {
  if (inspection.confirmations.length) throw new InspectionRefused('id', `inspection ${inspection.id} is confirmed by ${inspection.confirmations.map((c) => c.party).join(', ')}: its items and readings can no longer change`, 409);
}

function itemOf(inspection: InspectionRecord, itemId: number) {
  const item = inspection.items.find((i) => i.id === itemId);
  if (!item) throw new InspectionRefused('itemId', `item ${itemId} is not part of inspection ${inspection.id}`, 404);
  return item;
}

export interface ItemResult {
  condition: InspectionCondition;
  /** Required for a defect: what is wrong and where. */
  note?: string | null;
  /** A repair category other than the template's for this defect. */
  category?: string;
}

/** Records one item: good, defect (with its note) or not applicable; may be corrected until a party confirms. */
export async function recordItem(prisma: PrismaClient, id: number, itemId: number, result: ItemResult, staffId: number | null) {
  const inspection = await getInspection(prisma, id);
  assertOpen(inspection);
  const item = itemOf(inspection, itemId);
  if (!(CONDITIONS as readonly string[]).includes(result.condition)) throw new InspectionRefused('condition', `must be one of ${CONDITIONS.join(', ')}`);
  const note = result.note?.trim() || null;
  if (result.condition === 'DEFECT' && !note) throw new InspectionRefused('note', 'a defect needs a note saying what is wrong');
  let category = item.category;
  if (result.category !== undefined) {
    const repair = (await loadPolicy<RepairPolicy>(prisma, 'repair', DEFAULT_REPAIR_POLICY)).data;
    const found = categoryOf(repair, result.category);
    // A defect's repair is opened without a price: only categories that a warranty covers.
    const allowed = repair.categories.filter((c) => !c.publicArea && c.warrantyYears > 0);
    if (!found || !allowed.includes(found)) throw new InspectionRefused('category', `must be one of ${allowed.map((c) => c.code).join(', ')}`);
    category = found.code;
  }
  await prisma.inspectionItem.update({ where: { id: item.id }, data: { condition: result.condition, note, category, recordedAt: new Date(), recordedById: staffId } });
  return getInspection(prisma, id);
}

/** Records the meter readings the template asks for (each a number of 0 or more). */
export async function recordMeters(prisma: PrismaClient, id: number, readings: Record<string, unknown>) {
  const inspection = await getInspection(prisma, id);
  assertOpen(inspection);
  const meters = inspection.meters as Meter[];
  // A meter the template does not read is refused only when a value is sent for it (the DTO lists every meter).
  const sent = Object.keys(readings).filter((key) => readings[key] !== undefined && readings[key] !== null);
  for (const key of sent) if (!(meters as string[]).includes(key)) throw new InspectionRefused(`readings.${key}`, `this inspection reads ${meters.join(', ') || 'no meters'}`);
  const clean: Record<string, number> = {};
  for (const meter of meters) {
    const value = readings[meter];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 99_999_999) throw new InspectionRefused(`readings.${meter}`, 'must be a reading of 0 or more');
    clean[meter] = Math.round(value * 100) / 100;
  }
  await prisma.inspection.update({ where: { id }, data: { meterReadings: clean, meterReadAt: new Date() } });
  return getInspection(prisma, id);
}

/** Keeps an attachment of the inspection's case as a photo of an item. */
export async function addPhoto(prisma: PrismaClient, id: number, itemId: number, attachmentId: number) {
  const inspection = await getInspection(prisma, id);
  itemOf(inspection, itemId);
  const attachment = await prisma.caseAttachment.findUnique({ where: { id: attachmentId }, select: { caseId: true } });
  if (!attachment || attachment.caseId !== inspection.caseId) throw new InspectionRefused('attachmentId', "must be an attachment of the inspection's case");
  await prisma.inspectionPhoto.upsert({ where: { attachmentId }, create: { itemId, attachmentId }, update: {} });
  return getInspection(prisma, id);
}

/** What is still to do before a party may confirm: items without a result, meters not read. */
export function unfinished(inspection: InspectionRecord): { items: string[]; meters: boolean } {
  return {
    items: inspection.items.filter((i) => !i.condition).map((i) => `${i.roomZh}/${i.labelZh} ${i.roomEn}/${i.labelEn}`),
    meters: (inspection.meters as string[]).length > 0 && !inspection.meterReadings,
  };
}

/**
 * A party confirms the whole inspection in its name (the owner, maintenance), once every item has a result
 * and the meters are read; when every party has confirmed, the inspection is CONFIRMED.
 */
export async function confirmInspection(prisma: PrismaClient, id: number, confirmation: { party: string; name: string }, staffId: number | null) {
  const inspection = await getInspection(prisma, id);
  const parties = inspection.parties as unknown as InspectionParty[];
  if (!parties.some((p) => p.code === confirmation.party)) throw new InspectionRefused('party', `must be one of ${parties.map((p) => p.code).join(', ')}`);
  const name = confirmation.name?.trim();
  if (!name) throw new InspectionRefused('name', 'the name of who confirms is required');
  const todo = unfinished(inspection);
  if (todo.items.length) throw new InspectionRefused('items', `every item needs a result first: ${todo.items.slice(0, 5).join('; ')}${todo.items.length > 5 ? ` (+${todo.items.length - 5})` : ''}`);
  if (todo.meters) throw new InspectionRefused('meterReadings', `read the meters first (${(inspection.meters as string[]).join(', ')})`);
  if (inspection.confirmations.some((c) => c.party === confirmation.party)) throw new InspectionRefused('party', `${confirmation.party} has already confirmed`, 409);
  try {
    await prisma.inspectionConfirmation.create({ data: { inspectionId: id, party: confirmation.party, name, recordedById: staffId } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new InspectionRefused('party', `${confirmation.party} has already confirmed`, 409);
    throw error;
  }
  const count = await prisma.inspectionConfirmation.count({ where: { inspectionId: id } });
  if (count >= parties.length) await prisma.inspection.updateMany({ where: { id, status: 'OPEN' }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });
  return getInspection(prisma, id);
}
