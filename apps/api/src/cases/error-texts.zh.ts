/**
 * The Chinese texts of the refusals of case notes, quick replies and notices of new work, merged into the
 * API's table by `common/error-texts.zh.ts`: English patterns matched against a whole message.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

/** Reasons, after the field's name or alone. */
export const NOTE_REASONS: Rule[] = [
  [/write a note or attach a file/, '请填写备注或附上文件'],
  [/at most (\d+) files with one note/, '一条备注最多附 $1 个文件'],
  [/notices by e-mail need an e-mail address/, '选择邮件通知须先填写电子邮件地址'],
  [/notices by SMS need a phone number/, '选择短信通知须先填写手机号码'],
  [/must be a name in small letters such as repair or move-in/, '须为小写英文名称，如 repair 或 move-in'],
  [/reply keys must be unique/, '快捷回复的 key 不能重复'],
  [/must be a process name such as repair or complaint/, '须为流程名称，如 repair 或 complaint'],
  [/must be the http\(s\) address of the back office/, '须为客服后台的 http(s) 地址'],
];
