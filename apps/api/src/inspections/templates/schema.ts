import { z } from 'zod';
import { bilingual, code, described, say } from '../../policies/fields';

/** A bilingual text, for the templates' data. */
export const t = (zh: string, en: string) => ({ zh, en });

/** The meters an inspection may read. */
export const METERS = ['WATER', 'ELECTRICITY', 'GAS'] as const;
export type Meter = (typeof METERS)[number];

const item = z.object({
  code: code(t('代码', 'Code'), 'KITCHEN'),
  label: bilingual(t('检查项目', 'Item')),
  /** The repair category (of the `repair` policy) a defect of this item is opened under. */
  category: code(t('问题报修类别', 'Repair category of a defect'), 'PLUMBING', t('维修策略中的类别代码', "A category code of the repair policy")),
});

const room = z
  .object({
    code: code(t('代码', 'Code'), 'KITCHEN'),
    name: bilingual(t('房间或部位', 'Room or part')),
    items: described(z.array(item).min(1).max(60), t('检查项目', 'Items')),
  })
  .refine((r) => new Set(r.items.map((i) => i.code)).size === r.items.length, { message: say('同一房间内的项目代码不能重复', 'item codes must be unique in a room'), path: ['items'] });

/** A party who confirms an inspection (the owner, maintenance, the decoration's contractor...). */
const party = z.object({ code: code(t('代码', 'Code'), 'OWNER'), label: bilingual(t('确认方', 'Party')) });

export const INSPECTION_TEMPLATE_SCHEMA = z
  .object({
    name: bilingual(t('模板名称', 'Template name')),
    parties: described(z.array(party).min(1).max(5), t('签字确认方', 'Parties who confirm')),
    meters: described(z.array(z.enum(METERS)).max(METERS.length), t('抄录的表', 'Meters read'), {
      input: 'enumList',
      options: { WATER: t('水表', 'Water meter'), ELECTRICITY: t('电表', 'Electricity meter'), GAS: t('燃气表', 'Gas meter') },
    }),
    rooms: described(z.array(room).min(1).max(40), t('房间和检查项目', 'Rooms and items')),
  })
  .refine((t) => new Set(t.rooms.map((r) => r.code)).size === t.rooms.length, { message: say('房间代码不能重复', 'room codes must be unique'), path: ['rooms'] })
  .refine((t) => new Set(t.parties.map((p) => p.code)).size === t.parties.length, { message: say('确认方代码不能重复', 'party codes must be unique'), path: ['parties'] });

export type InspectionTemplate = z.infer<typeof INSPECTION_TEMPLATE_SCHEMA>;
export type InspectionParty = z.infer<typeof party>;

/** The `inspection-templates` policy: each template by its name (move-in, custody-patrol, decoration-acceptance...). */
export const INSPECTION_TEMPLATES_POLICY_SCHEMA = described(
  z.record(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, say('须为模板代码（小写字母、数字和短横线），例如 move-in', 'must be a template name such as move-in')), INSPECTION_TEMPLATE_SCHEMA),
  t('检查模板', 'Templates'),
  { keyLabel: t('模板代码', 'Template code') },
);

export type InspectionTemplatesPolicy = z.infer<typeof INSPECTION_TEMPLATES_POLICY_SCHEMA>;
