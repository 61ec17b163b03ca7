/**
 * The Chinese texts of the move-in's refusals (MOV-1..MOV-6), merged into the API's table by
 * `common/error-texts.zh.ts`: English patterns matched against a whole message, capture groups carried over.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

/** Whole messages (conflicts and the like). */
export const MOVE_IN_MESSAGES: Rule[] = [
  [/The move-in was not opened: the workflow service is unavailable \((.*)\)\. Try again with the same requestId\./, '入住未能办理：流程服务不可用（$1）。请用同一个 requestId 重试。'],
  [/move-in (\d+): keys and handbook are already issued/, '入住 $1 的钥匙和住户手册已发放'],
  [/move-in (\d+) is already registered/, '入住 $1 已登记'],
  [/the move-in with this requestId is still being opened: try again with the same requestId/, '此 requestId 的入住仍在办理中，请用同一个 requestId 重试'],
];

/** Reasons, after the field's name or alone. */
export const MOVE_IN_REASONS: Rule[] = [
  [/must be a whole number of 1 or more/, '须为 1 或以上的整数'],
  [/must be a whole number/, '须为整数'],
  [/must be 6-30 letters or digits/, '须为 6–30 个字母或数字'],
  [/each agreement must be a code such as (\S+)/, '每项协议须为代码，例如 $1'],
  [/must be a code such as (\S+)/, '须为代码，例如 $1'],
  [/give the householdId, or the unitId of the unit handed over/, '请给出 householdId，或交付房屋的 unitId'],
  [/(\S+) is not an agreement of move-in: (.+)/, '$1 不是入住协议，可选：$2'],
  [/(\S+) is not handed over at move-in: (.+)/, '$1 不在入住发放物品之列，可选：$2'],
  [/the (.+) must be handed over too/, '$1 也须发放'],
  [/at least one key is handed over/, '至少须发放一把钥匙'],
];
