/**
 * The Chinese texts of the handover list's refusals, merged into the API's table by `common/error-texts.zh.ts`.
 * A refused line is "line <n>: <reason>"; its reason is translated here too.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

const LINE_REASONS: Rule[] = [
  [/the first line must be the header: unit, buyer name, id number, phone/, '第一行须为表头：unit, buyer name, id number, phone（或：房号,购房人,身份证号,手机）'],
  [/a quote is not closed/, '引号未闭合'],
  [/has (\d+) fields; a line has 4: unit, buyer name, id number, phone/, '有 $1 个字段；每行应有 4 个：房号、购房人、身份证号、手机'],
  [/unit "(.*)" must be written <building code>\/<unit number>, e\.g\. B2\/1-0302/, '房号“$1”须写作“楼栋代码/房号”，例如 B2/1-0302'],
  [/buyer name is required \(at most 100 characters\)/, '购房人姓名必填（最多 100 个字符）'],
  [/id number is not a valid identity card number \(18 characters with a correct check digit\) or passport\/permit number/, '身份证号无效：须为校验位正确的 18 位身份证号，或护照、通行证号码'],
  [/phone must be a mobile number of 11 digits \(the notice goes by SMS\)/, '手机须为 11 位手机号码（通知以短信发送）'],
  [/unit (\S+) is already on line (\d+)/, '房屋 $1 已在第 $2 行'],
  [/the list has no units/, '名单中没有房屋'],
  [/unit (\S+) is not in this estate/, '房屋 $1 不在此小区'],
  [/unit (\S+) already has its move-in notice \(import (\S+)\)/, '房屋 $1 已发过入住通知书（导入批次 $2）'],
  [/unit (\S+) already has an owner on file/, '房屋 $1 的档案中已有业主'],
];

const whole = (pattern: RegExp) => new RegExp(`^(?:${pattern.source})$`);
const reasonOf = (text: string): string => {
  for (const [pattern, zh] of LINE_REASONS) {
    const match = whole(pattern).exec(text);
    if (match) return typeof zh === 'string' ? zh.replace(/\$(\d)/g, (_, i: string) => match[Number(i)] ?? '') : zh(...match.slice(1));
  }
  return text;
};

/** Whole messages. */
export const HANDOVER_MESSAGES: Rule[] = [
  [/line (\d+): (.+)/, (line, reason) => `第 ${line} 行：${reasonOf(reason)}`],
  [/and (\d+) more lines; nothing was imported/, '另有 $1 行有误；整份名单未导入'],
  [/A unit of this list got its move-in notice a moment ago: look at the notices and import again\./, '名单中有房屋刚刚已发出入住通知书，请查看通知书后重新导入。'],
  ...LINE_REASONS,
];

/** Reasons, after the field's name or alone. */
export const HANDOVER_REASONS: Rule[] = [
  [/must be an estate id/, '须为小区编号'],
  [/is more than (\d+) days ahead/, '超过 $1 天之后'],
  [/an appointment is at most 12 hours long/, '一次预约最长 12 小时'],
];
