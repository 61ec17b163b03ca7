import { z } from 'zod';
import { bilingual, count, described, flag, say, t } from '../policies/fields';

/** The `gate` policy: the kinds of pass the gate knows, as data. */
export const GATE_POLICY_SCHEMA = z.object({
  kinds: described(
    z.record(
      z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, say('须为大写字母开头的代码（大写字母、数字、下划线），例如 RELEASE', 'must be a code in capitals such as RELEASE')),
      z.object({
        name: bilingual(t('名称', 'Name')),
        /** Letters in front of the number, e.g. FX for 放行 (FX2026-000012). */
        numberPrefix: described(z.string().regex(/^[A-Z]{1,4}$/, say('须为 1–4 个大写字母', 'must be 1-4 capital letters')), t('编号前缀', 'Number prefix'), {
          input: 'code',
          help: t('编号前的字母，例如放行条 FX2026-000012 的 FX', 'Letters in front of the number, e.g. FX in FX2026-000012'),
        }),
        /** Single use: the first valid check lets it through and marks it used (item release). */
        singleUse: flag(t('一次有效', 'Single use'), t('首次核验通过后即作废（物品放行）', 'The first valid check lets it through and uses it up (item release)')),
        /** The longest validity window a pass of this kind may be given, in hours. */
        maxValidHours: count(t('最长有效期', 'Longest validity'), 1, 24 * 400, 'hours'),
      }),
    ),
    t('通行证种类', 'Kinds of pass'),
    { keyLabel: t('种类代码', 'Kind code') },
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
