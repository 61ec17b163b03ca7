/**
 * The Chinese texts of the inspections' refusals (core), merged into the API's table by
 * `common/error-texts.zh.ts`: English patterns matched against a whole message, capture groups carried over.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

/** Whole messages (conflicts, not found and the like). */
export const INSPECTION_MESSAGES: Rule[] = [
  [/The repair orders were not all opened: the workflow service is unavailable \((.*)\)\. Try again\./, '维修工作单未能全部开出：流程服务不可用（$1）。请重试。'],
  [/inspection (\d+) is confirmed by (.+): its items and readings can no longer change/, '验房 $1 已由 $2 确认，检查结果和读数不能再修改'],
  [/inspection (\d+) is not confirmed by every party yet/, '验房 $1 尚未经各方确认'],
  [/(\S+) has already confirmed/, '$1 已确认过'],
  [/(.+) is already signed off/, '$1 已签收'],
  [/(.+) is not rectified yet \(its repair order has no work recorded\)/, '$1 尚未整改（维修工作单没有完工登记）'],
  [/item (\d+) is not part of inspection (\d+)/, '第 $1 项不属于验房 $2'],
  [/item (\d+) is not a defect of inspection (\d+)/, '第 $1 项不是验房 $2 的缺陷'],
  [/inspection (\d+) does not exist/, '验房 $1 不存在'],
];

/** Reasons, after the field's name or alone. */
export const INSPECTION_REASONS: Rule[] = [
  [/must be a template name such as (\S+)/, '须为验房模板名称，例如 $1'],
  [/must be a repair category such as (\S+)/, '须为维修类别，例如 $1'],
  [/must be an object of meter readings/, '须为表读数对象'],
  [/must be a party code such as (\S+)/, '须为确认方代码，例如 $1'],
  [/item codes must be unique in a room/, '同一房间内的项目代码不能重复'],
  [/room codes must be unique/, '房间代码不能重复'],
  [/party codes must be unique/, '确认方代码不能重复'],
  [/must be a code in capitals such as (\S+)/, '须为大写代码，例如 $1'],
  [/a defect needs a note saying what is wrong/, '缺陷须注明问题'],
  [/this inspection reads (.+)/, '本次验房读取的表为 $1'],
  [/must be a reading of 0 or more/, '须为 0 或以上的读数'],
  [/must be an attachment of the inspection's case/, "须为该验房所属个案的附件"],
  [/every item needs a result first: (.+)/, '请先检查每一项：$1'],
  [/read the meters first \((.+)\)/, '请先抄表（$1）'],
  [/the name of who confirms is required/, '须填写确认人姓名'],
  [/the name of who signs off is required/, '须填写签收人姓名'],
  [/say where the inspection is \(or give the householdId\)/, '请说明验房地点（或给出 householdId）'],
];
