/**
 * The Chinese texts of the decoration's refusals (DEC-1..DEC-7), merged into the API's table by
 * `common/error-texts.zh.ts`: English patterns matched against a whole message, capture groups carried over.
 */
type Rule = readonly [RegExp, string | ((...parts: string[]) => string)];

/** A decoration's state, as in "decoration 7 is active". */
const STATES: Record<string, string> = {
  documents: '正在核验材料',
  review: '正在审核',
  active: '正在施工',
  stopped: '已停工',
  acceptance: '待验收',
  completed: '已完成',
  refused: '未获批准',
};

/** Whole messages (conflicts, refusals of the supervision and of the deposit's refund). */
export const DECORATION_MESSAGES: Rule[] = [
  [/decoration (\d+) was filed meanwhile/, '装修申请 $1 已由他人提交'],
  [/decoration (\d+) is not filed yet/, '装修申请 $1 尚未提交'],
  [/decoration (\d+) is not waiting for the housing authority's approval/, '装修申请 $1 未在等待房管部门的批准'],
  [/decoration (\d+) has no permit yet: it is not approved/, '装修申请 $1 尚无施工许可证：尚未批准'],
  [/decoration (\d+) is (\w+)/, (id, state) => `装修申请 ${id}${STATES[state.toLowerCase()] ?? `的状态为 ${state}`}`],
  [/This decoration is not waiting for the housing authority's approval\./, '此装修未在等待房管部门的批准。'],
  [/Violations are reported by engineering, security, customer service or a manager\./, '违规由工程部、保安部、客服或主管上报。'],
  [/The works are not under way\./, '装修未在施工中。'],
  [/The works are not stopped\./, '装修未停工。'],
  [/The works are stopped: a supervisor lifts the stop first\./, '装修已停工：须先由主管解除停工。'],
  [/Only a supervisor lifts a stop of the works\./, '只有主管可以解除停工。'],
  [/attachmentIds must be attachment ids\./, 'attachmentIds 须为附件编号。'],
  // The deposit is refunded through the one-off charges (apps/common/one-off-charge.ts).
  [/no bill (\S+) of this household/, '此住户没有账单 $1'],
  [/bill (\S+) has not been paid: nothing to refund/, '账单 $1 尚未缴费，无可退款项'],
];

/** Reasons, after the field's name or alone. */
export const DECORATION_REASONS: Rule[] = [
  [/must be an identity number \(6-20 letters and digits\)/, '须为身份证件号码（6–20 个字母或数字）'],
  [/must be true: the working hours and prohibitions are read to the applicant/, '须为 true：须向申请人宣读施工时间和禁止事项'],
  [/must be true: the working hours and prohibitions are read to the contractor/, '须为 true：须向施工单位宣读施工时间和禁止事项'],
  [/must be true: the decoration agreement is signed before filing/, '须为 true：提交前须签订装修协议'],
  [/must list at least one worker/, '须至少登记一名施工人员'],
  [/must be attachment ids/, '须为附件编号'],
  [/a permit is valid for at most (\d+) days/, '施工许可证最长有效 $1 天'],
  [/a scan of the approval, or the documentId of one on the household's file, is required/, '须上传批准文件的扫描件，或给出住户档案中该文件的 documentId'],
  [/must be photos attached to this decoration's case/, '须为此装修工单所附的照片'],
  [/must be an ISO 8601 duration such as (\S+)/, '须为 ISO 8601 时长，例如 $1'],
  [/must be a time HH:MM/, '须为时间，格式 HH:MM'],
];
