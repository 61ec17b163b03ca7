import { z } from 'zod';

/** The meters an inspection may read. */
export const METERS = ['WATER', 'ELECTRICITY', 'GAS'] as const;
export type Meter = (typeof METERS)[number];

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const code = z.string().regex(CODE, 'must be a code in capitals such as KITCHEN');
const bilingual = z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(200) });

const item = z.object({
  code,
  label: bilingual,
  /** The repair category (of the `repair` policy) a defect of this item is opened under. */
  category: z.string().regex(CODE, 'must be a repair category such as PLUMBING'),
});

const room = z
  .object({ code, name: bilingual, items: z.array(item).min(1).max(60) })
  .refine((r) => new Set(r.items.map((i) => i.code)).size === r.items.length, { message: 'item codes must be unique in a room' });

/** A party who confirms an inspection (the owner, maintenance, the decoration's contractor...). */
const party = z.object({ code, label: bilingual });

export const INSPECTION_TEMPLATE_SCHEMA = z
  .object({
    name: bilingual,
    parties: z.array(party).min(1).max(5),
    meters: z.array(z.enum(METERS)).max(METERS.length),
    rooms: z.array(room).min(1).max(40),
  })
  .refine((t) => new Set(t.rooms.map((r) => r.code)).size === t.rooms.length, { message: 'room codes must be unique' })
  .refine((t) => new Set(t.parties.map((p) => p.code)).size === t.parties.length, { message: 'party codes must be unique' });

export type InspectionTemplate = z.infer<typeof INSPECTION_TEMPLATE_SCHEMA>;
export type InspectionParty = z.infer<typeof party>;

/** The `inspection-templates` policy: each template by its name (move-in, custody-patrol, decoration-acceptance...). */
export const INSPECTION_TEMPLATES_POLICY_SCHEMA = z.record(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a template name such as move-in'), INSPECTION_TEMPLATE_SCHEMA);
export type InspectionTemplatesPolicy = z.infer<typeof INSPECTION_TEMPLATES_POLICY_SCHEMA>;

/** A bilingual text, for the templates' data. */
export const t = (zh: string, en: string) => ({ zh, en });
