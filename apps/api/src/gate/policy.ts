import { z } from 'zod';

const bilingual = z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(200) });

/** The `gate` policy: the kinds of pass the gate knows, as data. */
export const GATE_POLICY_SCHEMA = z.object({
  kinds: z.record(
    z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be a code in capitals such as RELEASE'),
    z.object({
      name: bilingual,
      /** Letters in front of the number, e.g. FX for 放行 (FX2026-000012). */
      numberPrefix: z.string().regex(/^[A-Z]{1,4}$/, 'must be 1-4 capital letters'),
      /** Single use: the first valid check lets it through and marks it used (item release). */
      singleUse: z.boolean(),
      /** The longest validity window a pass of this kind may be given, in hours. */
      maxValidHours: z.number().int().min(1).max(24 * 400),
    }),
  ),
});
export type GatePolicy = z.infer<typeof GATE_POLICY_SCHEMA>;
export type GatePassKind = GatePolicy['kinds'][string];

export const DEFAULT_GATE_POLICY: GatePolicy = {
  kinds: {
    RELEASE: { name: { zh: '物品放行条', en: 'Item release pass' }, numberPrefix: 'FX', singleUse: true, maxValidHours: 72 },
    DECORATION_WORKER: { name: { zh: '装修临时出入证', en: 'Decoration worker pass' }, numberPrefix: 'ZX', singleUse: false, maxValidHours: 24 * 180 },
  },
};
