/**
 * The Chinese texts of the custody area's refusals (MOV-7), merged into the API's table by
 * `common/error-texts.zh.ts`: English patterns matched against a whole message, capture groups carried over.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

/** Whole messages (conflicts and the like). */
export const CUSTODY_MESSAGES: Rule[] = [
  [/The unit is already in custody \(agreement (.+)\)\./, '该房屋已在托管中（托管协议 $1）。'],
  [/The unit went into custody a moment ago: look at it again\./, '该房屋刚刚已办理托管，请重新查看。'],
  [/The custody with this requestId is still being recorded: try again with the same requestId\./, '此 requestId 的托管仍在登记中，请用同一个 requestId 重试。'],
  [/The custody ended on (\S+)\./, '托管已于 $1 结束。'],
  [/The owner already asked to end this custody; it is ending\./, '业主已申请结束此托管，托管正在结束。'],
  [/A custody is never deleted: end it at the owner's request \(POST \/custody\/:id\/end\) with the closing readings\./, '托管记录不能删除：请按业主要求结束托管（POST /custody/:id/end），并登记结束时的读数。'],
  [/The rain was recorded over at (\S+)\./, '已于 $1 登记雨停。'],
  [/The unit is in custody: its status changes when the custody ends with its closing readings\./, '该房屋在托管中：托管结束并登记结束读数时，房屋状态随之改变。'],
];

/** Reasons, after the field's name or alone. */
export const CUSTODY_REASONS: Rule[] = [
  [/must be a meter reading \(a number with at most 2 decimals\)/, '须为表读数（最多两位小数的数字）'],
  [/must be 0 or more/, '须为 0 或以上'],
  [/must be at most (\d+)/, '不能超过 $1'],
  [/must be 1-40 letters, digits, dashes or slashes/, '须为 1–40 个字母、数字、连字符或斜杠'],
  [/must be a real date/, '须为真实存在的日期'],
  [/cannot be in the future/, '不能是将来的日期'],
  [/a unit is put in custody by its owner: choose the owner's household on file/, '托管须由业主办理：请选择档案中的业主住户'],
  [/the unit is marked as lived in: only a vacant unit is put in custody/, '该房屋登记为有人居住：只有空置房才能托管'],
  [/a unit goes into custody with a custody agreement, not by editing the unit/, '房屋须通过签订托管协议进入托管，不能直接修改房屋状态'],
  [/is below the reading at the start of the custody \((.+)\)/, '低于托管开始时的读数（$1）'],
  [/was used for another reading/, '已用于另一条读数'],
  [/must be a repair category code such as (\S+)/, '须为维修类别代码，例如 $1'],
  [/must be an ISO 8601 duration such as PT1H or P7D/, '须为 ISO 8601 时长，例如 PT1H 或 P7D'],
  [/must be within 7 days \(record a new warning when the forecast changes\)/, '须在 7 天以内（预报变化时请另行登记新的预警）'],
];
