/**
 * The Chinese texts of the API's error messages.
 *
 * The English texts stay where they are written (DTOs, services, workflows, libraries); this table
 * maps them to Chinese, so that a back office used in Chinese shows every refusal in Chinese. Each
 * rule is an English pattern, matched against a whole message, whose capture groups carry the parts
 * that vary (ids, dates, field names, lists of values, numbers). The first rule that matches wins.
 * A message no rule knows stays in English: a missing text must never turn into a failed request.
 */

import { CUSTODY_MESSAGES, CUSTODY_REASONS } from '../custody/error-texts.zh';
import { DECORATION_MESSAGES, DECORATION_REASONS } from '../decoration/error-texts.zh';
import { HANDOVER_MESSAGES, HANDOVER_REASONS } from '../handover/error-texts.zh';
import { INSPECTION_MESSAGES, INSPECTION_REASONS } from '../inspections/error-texts.zh';
import { MOVE_IN_MESSAGES, MOVE_IN_REASONS } from '../move-in/error-texts.zh';
import { policyMessages } from '../policies/kinds';
import { NOTE_REASONS } from '../cases/error-texts.zh';

type Chinese = string | ((...parts: string[]) => string);
type Rule = readonly [RegExp, Chinese];

// ---- words inside messages --------------------------------------------------------------

/** Records named in "<record> 12 does not exist" (`notFound`, `assertReference`, the CRUD labels). */
const RECORDS: Record<string, string> = {
  household: '住户',
  unit: '房屋',
  building: '楼栋',
  estate: '小区',
  member: '家庭成员',
  contact: '联系人',
  proxy: '委托代理人',
  document: '档案资料',
  'file loan': '档案借阅记录',
  'staff member': '员工',
  case: '个案',
  'timeline entry': '处理记录',
  task: '任务',
  complaint: '投诉',
  message: '消息',
  policy: '策略',
  'calendar day': '日历日期',
  bill: '账单',
  payment: '收款记录',
  'debit import': '代扣导入批次',
  'debit result': '代扣明细',
  'billing run': '出账批次',
  'charge item': '收费项目',
  'unfinished summary': '未办结事项周报',
  schedule: '定时计划',
  'meter reading': '抄表读数',
  'cash handover': '现金交接记录',
  'dunning ladder': '催缴流程',
};

/** A record's state, as in "task 3 is already completed" or "Message 9 is sent, ...". */
const STATES: Record<string, string> = {
  completed: '已完成',
  cancelled: '已取消',
  paid: '已缴清',
  waived: '已减免',
  resolved: '已解决',
  invalid: '已判定无效',
  closed: '已结案',
  returned: '已归还',
  queued: '正在排队发送',
  sent: '已发送',
  delivered: '已送达',
  failed: '发送失败',
};

/** Type and origin names in zod's messages ("expected number, received string"). */
const TYPES: Record<string, string> = {
  number: '数字',
  int: '整数',
  bigint: '整数',
  string: '文本',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '对象',
  date: '日期',
  null: '空值',
  undefined: '空',
  value: '值',
};

/** Units of zod's size messages ("to have >=1 items"). */
const UNITS: Record<string, string> = { items: '项', characters: '个字符', bytes: '字节', entries: '个条目', elements: '项' };

const record = (name: string) => RECORDS[name.toLowerCase()] ?? name;
const state = (word: string) => STATES[word.toLowerCase()] ?? `状态为 ${word}`;
const type = (name: string) => TYPES[name] ?? name;
/** What zod's size messages speak of ("Too big: expected number to be <=6"): a number is a value there. */
const origin = (name: string) => (name === 'number' || name === 'bigint' ? '数值' : type(name));
/** The permission table's actions and resources, as a refusal names them. */
const ACTIONS_ZH: Record<string, string> = { read: '查看', 'read the confidential data of': '查看保密信息：', create: '新建', change: '修改', delete: '删除', 'approve changes to': '审批' };
const RESOURCES_ZH: Record<string, string> = {
  estate: '小区与楼栋', units: '房屋', households: '住户档案', documents: '档案文件', 'file-loans': '档案借阅', staff: '员工', tasks: '任务',
  cases: '个案', escalations: '升级督办', timeline: '个案记录', complaints: '投诉', messages: '发件箱', policies: '规则', calendar: '工作日历',
  fees: '收费', 'meter-readings': '抄表读数', 'billing-schedule': '出账计划', payments: '收款', 'cash-handovers': '现金交接', 'bank-debits': '银行代扣', dunning: '欠费催缴',
};
/** "must be CASH, CARD or TRANSFER" → "须为 CASH、CARD 或 TRANSFER" (the codes stay as the API takes them). */
const choices = (list: string, last: string) => `须为 ${list.split(', ').join('、')} 或 ${last}`;
const atLeast = (cmp: string) => (cmp === '>=' ? '不小于' : cmp === '>' ? '大于' : '等于');
const atMost = (cmp: string) => (cmp === '<=' ? '不大于' : cmp === '<' ? '小于' : '等于');
const countAtLeast = (cmp: string) => (cmp === '>=' ? '至少' : cmp === '>' ? '多于' : '恰好');
const countAtMost = (cmp: string) => (cmp === '<=' ? '最多' : cmp === '<' ? '少于' : '恰好');

// ---- whole messages ---------------------------------------------------------------------

const SIGN_IN: Rule[] = [
  [/Wrong username or password\./, '用户名或密码错误。'],
  [/Sign in first: a Bearer token is required\./, '请先登录：请求须带 Bearer 令牌。'],
  [/The session has expired or is invalid: sign in again\./, '登录已过期或无效，请重新登录。'],
  [/No one may (.+): it has no entry in the permission table\./, '任何人都不能执行 $1：权限表中没有此操作。'],
  [/Your role may not (.+) (\S+)\./, (action, resource) => `您的岗位无权${ACTIONS_ZH[action] ?? action}${RESOURCES_ZH[resource] ?? resource}。`],
];

const RECORDS_AND_REFERENCES: Rule[] = [
  [/letter PDF of message (\S+) does not exist/, '消息 $1 没有信函 PDF'],
  [/(.+) (\S+) does not exist/, (name, id) => `${record(name)} ${id} 不存在`],
  [/A record with the same unique values already exists\./, '已有相同的记录（唯一值重复）。'],
  [/The record does not exist\./, '记录不存在。'],
  [/A referenced record does not exist\./, '引用的记录不存在。'],
  [/Building code "(.*)" already exists in this estate\./, '此小区已有楼栋编号“$1”。'],
  [/Unit number "(.*)" already exists in this building\./, '此楼栋已有房号“$1”。'],
  [/The username "(.*)" is taken\./, '用户名“$1”已被占用。'],
  [/a contact needs a phone or an e-mail/, '联系人须至少有电话或电子邮件之一'],
  [/(\S+) is already in the calendar\./, '工作日历中已有 $1。'],
];

const ARCHIVE: Rule[] = [
  [/a file is required/, '请选择文件'],
  [/the file is empty/, '文件为空'],
  [/only PDF, PNG and JPEG files are accepted/, '只接受 PDF、PNG 和 JPEG 文件'],
  [/the file is larger than the (\S+) MB limit/, '文件超过 $1 MB 的大小上限'],
  [/give either loanDays or dueAt, not both/, 'loanDays 和 dueAt 只能填写其中一项'],
  [/a file may be lent for (\d+) days at most/, '档案最长只能借出 $1 天'],
  [/File loan (\S+) has already been returned\./, '档案借阅 $1 已归还。'],
  [/The file has already been returned\./, '档案已归还。'],
  [/The loan was not registered: the workflow service is unavailable \((.*)\)\. Try again\./, '借阅未登记：流程服务暂不可用（$1）。请重试。'],
  [/companyRegNo is required for a company household/, '单位住户须填写 companyRegNo'],
  [/(.+) (\S+) is already withdrawn/, (name, id) => `${record(name)} ${id} 已撤回`],
  [/(.+) (\S+) is withdrawn: a withdrawn record is kept as it was/, (name, id) => `${record(name)} ${id} 已撤回：撤回的记录保持原样，不能再修改`],
  [/a reason is required: say why the record is withdrawn/, '须填写原因：说明撤回此记录的理由'],
];

const COMPLAINTS: Rule[] = [
  [/a requested date applies to minor complaints only \(CMP-4\)/, '只有轻微投诉可以约定处理日期（CMP-4）'],
  [/confirmedWithResident must be true: read the record back to the resident first/, 'confirmedWithResident 须为 true：请先向投诉人复述记录并确认'],
  [/complaint (\S+) is not this household's/, '投诉 $1 不属于此住户'],
  [/complaint (\S+) is already (\w+)/, (id, word) => `投诉 ${id} ${state(word)}`],
];

const CASES_AND_TASKS: Rule[] = [
  [/The case was not opened: the workflow service is unavailable \((.*)\)\. Try again\./, '个案未能创建：流程服务暂不可用（$1）。请重试。'],
  [/The case is closed: its process has finished\./, '个案已结案：其流程已结束。'],
  [/The case is closed\./, '个案已结案。'],
  [/The case is already closed\./, '个案已经结案。'],
  [/task (\S+) is not part of case (\S+)/, '任务 $1 不属于个案 $2'],
  [/Task (\S+) is not part of this case\./, '任务 $1 不属于此个案。'],
  [/Task (\S+) is already (\w+)\./, (id, word) => `任务 ${id} ${state(word)}。`],
  [/Task (\S+) has already been claimed\./, '任务 $1 已被认领。'],
  [/Task (\S+) is not claimed\./, '任务 $1 尚未被认领。'],
  [/Task (\S+) has no pending deadline\./, '任务 $1 没有未到的期限。'],
  [/Task (\S+) has no pending escalation\./, '任务 $1 没有待执行的升级。'],
  [/deadlineKey: task (\S+) has no pending deadline "(.*)"/, 'deadlineKey：任务 $1 没有待到期的期限“$2”'],
  [/This task is for another role or department\./, '此任务属于其他岗位或部门。'],
  [/Only the assignee or a manager may release this task\./, '只有任务处理人或经理可以退回此任务。'],
  [/Only the assignee, or a candidate of an unclaimed task, may complete it\./, '只有任务处理人（任务未认领时为可认领的人）可以完成此任务。'],
  [/Only a CS supervisor or the office director may override a case\./, '只有客服主管或管理处主任可以干预个案。'],
  [/A reason is required\./, '请填写理由。'],
  [/Reassign to a role, a department or a person\./, '请改派给岗位、部门或员工。'],
  [/tier must be one of \(this process has no tiers\)\./, 'tier 无效：此流程没有级别。'],
];

const FEES: Rule[] = [
  [/This file was imported on (\S+) \(import (\S+)\)\./, '此文件已于 $1 导入（导入批次 $2）。'],
  [/the first line must be the header (.+)/, '第一行须为表头 $1'],
  [/has no lines after the header/, '表头之后没有数据行'],
  [/(.+) appears twice in the file/, '$1 在文件中出现了两次'],
  [/(.+) was imported before/, '$1 此前已导入'],
  [/is required for a failed debit \(the bank's reason\)/, '代扣失败时必填（银行给出的原因）'],
  [/A billing run for (\S+) is still in progress\./, '$1 的出账仍在进行中。'],
  [/"(.*)" is not a period \(YYYY-MM\)/, '“$1”不是有效的账期（YYYY-MM）'],
  [/(.+)'s cash of (\S+) has already been handed over\./, '$1 在 $2 收取的现金已交接。'],
  [/(.+) took no cash on (\S+) that is not handed over/, '$1 在 $2 没有未交接的现金收款'],
  [/Some of these receipts were handed over at the same moment; reload and try again\./, '其中部分收据刚刚已被交接，请刷新后重试。'],
  [/A charge item with code (\S+) already exists\./, '已有编码为 $1 的收费项目。'],
  [/This unit already has a (.+) reading for (\S+)\./, '此房屋已有 $2 的“$1”读数。'],
  [/(.+) is not a metered charge/, '“$1”不是按读数收费的项目'],
  [/bill (\S+) is not this household's/, '账单 $1 不属于此住户'],
  [/bill (\S+) is already (\w+)/, (id, word) => `账单 ${id} ${state(word)}`],
  [/bill (\S+) is listed twice/, '账单 $1 重复列出'],
  [/allocate at most the amount paid/, '分配金额合计不能超过实收金额'],
  [/is more than the (\S+) still due on bill (\S+)/, '超过账单 $2 尚欠的 $1'],
  [/This ladder has stopped\./, '此催缴流程已停止。'],
  [/The ladder is still opening; try again in a moment\./, '催缴流程正在启动，请稍后再试。'],
  [/The ladder is neither held nor paused\./, '此催缴流程既未搁置也未暂停。'],
  [/Only a CS supervisor or the office director may do this\./, '只有客服主管或管理处主任可以执行此操作。'],
  [/Only a cashier, the internal clerk or a manager may agree instalments\./, '只有收费员、内勤或经理可以签订分期协议。'],
  [/Give between (\d+) and (\d+) instalments\./, '分期数须在 $1 至 $2 期之间。'],
  [/A legal referral needs the approval task to be decided; it cannot be skipped\./, '移交法律须先完成审批任务，不能跳过。'],
  [/Reminders go out in business hours only; this one goes at (.+)\./, '催缴提醒只在工作时间发出；这一条将于 $1 发出。'],
  [/A skip is already under way\./, '已在跳过本阶段，请勿重复操作。'],
];

const MESSAGES_AND_POLICIES: Rule[] = [
  [/Message (\S+) is (\w+), not failed: there is nothing to retry\./, (id, word) => `消息 ${id} ${state(word)}，并非发送失败，无需重试。`],
  [/Message (\S+) is not a letter\./, '消息 $1 不是信函。'],
  [/unknown policy; known: (.*)/, '未知的策略；可用的策略：$1'],
  [/"(.*)" is not an ISO 8601 duration such as (\S+) or (\S+)/, '“$1”不是 ISO 8601 时长（例如 $2 或 $3）'],
  [/The business calendar has no working day in a year/, '工作日历一年内没有工作日'],
  [/The business calendar has too few working hours for this duration/, '工作日历的工作时间不足以安排此时长'],
];

const LISTS: Rule[] = [
  [/order must be ASC or DESC/, '排序方向须为 ASC 或 DESC'],
  [/cannot sort by "(.*)"; sortable: (.*)/, '不能按“$1”排序；可排序的字段：$2'],
  [/unknown filter; known: (.*)/, '未知的筛选条件；可用的条件：$1'],
  [/at most (\d+) rows per page/, '每页最多 $1 行'],
];

/** What the server or the framework says when the request itself is wrong or the server fails. */
const SERVER: Rule[] = [
  [/Internal server error/i, '服务器内部错误'],
  [/Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (.+)/, '没有此接口：$1 $2'],
  // body-parser passes on JSON.parse's own words ("Unexpected token } in JSON at position 9", ...)
  [/(?:Unexpected|Expected|Bad|Unterminated|Exponent|No number).*(?:JSON|position \d+).*|.* is not valid JSON/, '请求内容不是有效的 JSON'],
  [/request entity too large/i, '请求内容过大'],
  // multer and busboy, on a file upload
  [/Unexpected (?:file )?field/, '不接受此文件字段'],
  [/File too large/, '文件过大'],
  [/Too many files/, '文件过多'],
  [/Too many (?:fields|parts)/, '表单内容过多'],
  [/Field name too long|Field value too long|Field name missing|Invalid field name/, '表单字段不正确'],
  [/Malformed (?:content type|part header|urlencoded form)|Missing Content-Type|Multipart: Boundary not found|Unexpected end of (?:file|form)/, '上传的表单格式不正确'],
  [/Bad Request/, '请求无效'],
  [/Unauthorized/, '未登录'],
  [/Forbidden resource|Forbidden/, '无权执行此操作'],
  [/Not Found/, '未找到'],
  [/Conflict/, '与现有数据冲突'],
  [/Payload Too Large/, '请求内容过大'],
  [/Service Unavailable/, '服务暂不可用'],
  [/no answer in (\d+) ms/, '$1 毫秒内无应答'],
  [/no worker polls the task queue "(.*)"/, '没有工作进程在处理任务队列“$1”'],
  [/The PDF font (.+) is missing: install fonts-noto-cjk or set LETTER_FONT_PATH\./, '缺少 PDF 字体 $1：请安装 fonts-noto-cjk 或设置 LETTER_FONT_PATH。'],
  [/an unknown value was passed to the validate function/, '请求内容无法校验：须为 JSON 对象'],
];

/** class-validator's messages that name no field of their own. */
const CLASS_VALIDATOR: Rule[] = [[/property (\S+) should not exist/, '不接受字段 $1']];

/** zod's default messages (v4), from the policy schemas. */
const ZOD: Rule[] = [
  [/Invalid input: expected (\w+), received undefined/, (expected) => `必填，应为${type(expected)}`],
  [/Invalid input: expected (\w+), received (\w+)/, (expected, received) => `输入无效：应为${type(expected)}，实际为${type(received)}`],
  [/Invalid input: more than one option matched/, '输入无效：符合多个选项'],
  [/Invalid input: expected (.+)/, '输入无效：应为 $1'],
  [/Invalid option: expected one of (.+)/, '选项无效：应为 $1 之一'],
  [/Invalid input/, '输入无效'],
  [/Too small: expected (\w+) to have (>=|>|exactly )(\S+) (\w+)/, (of, cmp, n, unit) => `${origin(of)}${of === 'string' ? '过短' : '项数过少'}：应${countAtLeast(cmp)} ${n} ${UNITS[unit] ?? unit}`],
  [/Too big: expected (\w+) to have (<=|<|exactly )(\S+) (\w+)/, (of, cmp, n, unit) => `${origin(of)}${of === 'string' ? '过长' : '项数过多'}：应${countAtMost(cmp)} ${n} ${UNITS[unit] ?? unit}`],
  [/Too small: expected (\w+) to be (>=|>|exactly )(\S+)/, (of, cmp, n) => `${origin(of)}过小：应${atLeast(cmp)} ${n}`],
  [/Too big: expected (\w+) to be (<=|<|exactly )(\S+)/, (of, cmp, n) => `${origin(of)}过大：应${atMost(cmp)} ${n}`],
  [/Invalid string: must match pattern (.+)/, '格式无效：须符合 $1'],
  [/Invalid string: must start with "(.*)"/, '格式无效：须以“$1”开头'],
  [/Invalid string: must end with "(.*)"/, '格式无效：须以“$1”结尾'],
  [/Invalid string: must include "(.*)"/, '格式无效：须包含“$1”'],
  [/Invalid number: must be a multiple of (\S+)/, '数值无效：须为 $1 的倍数'],
  [/Unrecognized keys?: (.+)/, '无法识别的字段：$1'],
  [/Invalid key in (\w+)/, (of) => `${type(of)}中有无效的键`],
  [/Invalid value in (\w+)/, (of) => `${type(of)}中有无效的值`],
  [/Invalid discriminator value\. Expected (.+)/, '类型无效：应为 $1'],
  [/Invalid ISO datetime/, '日期时间无效'],
  [/Invalid ISO date/, '日期无效'],
  [/Invalid email address/, '电子邮件地址无效'],
  [/Invalid URL/, '网址无效'],
];

// ---- reasons: what is wrong with a field, said after its name or on its own ----------------

const REASONS: Rule[] = [
  // presence
  [/is required/, '必填'],
  [/should not be empty/, '不能为空'],
  [/should not be null or undefined/, '不能为空'],
  [/is not a field of this form/, '不是此表单的字段'],
  [/must be confirmed/, '须勾选确认'],
  // dates and times
  [/must be a date \(YYYY-MM-DD\)/, '须为日期（YYYY-MM-DD）'],
  [/must be YYYY-MM-DD/, '格式须为 YYYY-MM-DD'],
  [/must be YYYY-MM/, '格式须为 YYYY-MM'],
  [/must be a period \(YYYY-MM\)/, '须为账期（YYYY-MM）'],
  [/must be a date/, '须为日期'],
  [/must be a date-time/, '须为日期时间'],
  [/must be an ISO 8601 date-time/, '须为日期时间（ISO 8601）'],
  [/must be a valid ISO 8601 date string/, '须为有效的日期（ISO 8601）'],
  [/must be a Date instance/, '须为日期'],
  [/must be a date-time in the future/, '须为将来的日期时间'],
  [/must be in the future/, '须为将来的时间'],
  [/must not be in the past/, '不能早于现在'],
  [/must be after (\w+)/, '须晚于 $1'],
  [/must be before (\w+)/, '须早于 $1'],
  [/must not be before (\w+)/, '不能早于 $1'],
  [/must be later than the current deadline/, '须晚于当前期限'],
  [/is not a pending deadline of this task/, '不是该任务待到期的期限'],
  [/must come after the previous instalment/, '须晚于上一期'],
  [/must be HH:MM/, '格式须为 HH:MM'],
  [/must be an ISO 8601 duration such as (\S+) or (\S+)/, '须为 ISO 8601 时长，例如 $1 或 $2'],
  // numbers and amounts
  [/must be an integer/, '须为整数'],
  [/must be an integer number/, '须为整数'],
  [/must be a number/, '须为数字'],
  [/must be a number conforming to the specified constraints/, '须为符合要求的数字'],
  [/must be a number with at most (\d+) decimals/, '须为数字，最多 $1 位小数'],
  [/must be a positive number/, '须为正数'],
  [/must be a negative number/, '须为负数'],
  [/must be more than (\S+)/, '须大于 $1'],
  [/must not be less than (\S+)/, '不能小于 $1'],
  [/must not be greater than (\S+)/, '不能大于 $1'],
  [/must be a positive amount with at most two decimals/, '须为正数金额，最多两位小数'],
  [/must be a positive amount in yuan with at most two decimals/, '须为以元为单位的正数金额，最多两位小数'],
  [/must be a whole number of days/, '须为整数天数'],
  [/must be a number of hours between (\d+) and (\d+)/, '须为 $1 至 $2 之间的小时数'],
  [/must be a staff member id/, '须为员工编号'],
  [/must be a staff id/, '须为员工编号'],
  [/must be a household number/, '须为住户编号'],
  [/must be the number of a complaint/, '须为投诉编号'],
  // text and formats
  [/must be text/, '须为文本'],
  [/must be a string/, '须为文本'],
  [/must be at most (\d+) characters/, '最多 $1 个字符'],
  [/must be at least (\d+) characters/, '至少 $1 个字符'],
  [/must be longer than or equal to (\d+) characters?/, (n) => (n === '1' ? '不能为空' : `至少 ${n} 个字符`)],
  [/must be shorter than or equal to (\d+) characters?/, '最多 $1 个字符'],
  [/must be (\d+)-(\d+) letters, digits or dashes/, '须为 $1 至 $2 个字母、数字或短横线'],
  [/must be (\d+)-(\d+) capital letters, digits or underscores/, '须为 $1 至 $2 个大写字母、数字或下划线'],
  [/must be (\d+)-(\d+) lowercase letters, digits, dots, dashes or underscores/, '须为 $1 至 $2 个小写字母、数字、点、短横线或下划线'],
  [/must be a phone number/, '须为电话号码'],
  [/must be a phone number \(digits, spaces, dashes, optional \+\)/, '须为电话号码（数字、空格、短横线，可以 + 开头）'],
  [/must be an e-mail address/, '须为电子邮件地址'],
  [/must be an email/, '须为电子邮件地址'],
  [/must match (.+) regular expression/, '格式不正确（须符合 $1）'],
  [/must be a policy name such as (\w+) or (\w+)/, '须为策略名称，例如 $1 或 $2'],
  [/must be a postgresql:\/\/ connection URL/, '须为 postgresql:// 连接地址'],
  [/must be host:port/, '格式须为 host:port'],
  [/must be an smtp:\/\/ or smtps:\/\/ URL/, '须为 smtp:// 或 smtps:// 地址'],
  // choices
  [/must be true or false/, '须为 true 或 false'],
  [/must be a boolean value/, '须为布尔值（true 或 false）'],
  [/must be one of the following values: (.*)/, '须为以下值之一：$1'],
  // A list never ends with a period: one after it ends the sentence (and becomes "。").
  [/must be one of (.*[^.])/, '须为以下之一：$1'],
  [/must be ([A-Z][A-Z_]*(?:, [A-Z][A-Z_]*)*) or ([A-Z][A-Z_]*)/, choices],
  [/must be equal to (.+)/, '须等于 $1'],
  [/is not a priority/, '不是有效的优先级'],
  [/is not a tier of this process/, '不是此流程的级别'],
  [/needs a role, a department or an assignee/, '须指定岗位、部门或员工'],
  // structures
  [/must be an object/, '须为对象'],
  [/must be a JSON object/, '须为 JSON 对象'],
  [/must be valid JSON/, '须为有效的 JSON'],
  [/must be an array/, '须为列表'],
  [/must be either object or array/, '须为对象或列表'],
  [/must contain at least (\d+) elements?/, '至少须有 $1 项'],
  [/must contain no more than (\d+) elements?/, '最多 $1 项'],
  [/must have at least one instalment/, '至少须有一期'],
  [/must be \["field","ASC"\|"DESC"\]/, '格式须为 ["字段","ASC"|"DESC"]'],
  [/must be \[start, end\] with 0 <= start <= end/, '格式须为 [start, end]，且 0 <= start <= end'],
  // the request body, records that are kept rather than deleted, and corrections of a complaint
  [/is not valid JSON/, '不是有效的 JSON'],
  [
    /Send the body as (.+?) \(Content-Type: .+?\); this endpoint does not take (.+)\./,
    (type, given) =>
      `请以 ${type.split(' or ').join(' 或 ')} 格式发送请求内容（Content-Type: ${type.split(' or ').join(' 或 ')}）；此接口不接受${given === 'a body without a Content-Type' ? '未注明 Content-Type 的请求内容' : ` ${given}`}。`,
  ],
  [
    /A household file is never deleted \(ARC-1: the file is kept\)\. To withdraw it, mark it inactive: PUT (\S+) with active: false\./,
    '住户档案不能删除（ARC-1：档案须保留）。如需撤销，请将其标为停用：PUT $1，active: false。',
  ],
  [
    /A complaint is never deleted \(CMP-7\): one found invalid is still answered, then closed with its reason through its process \(invalidReason at intake, or invalid and invalidReason on the handling task\)\./,
    '投诉不能删除（CMP-7）：无效投诉也须答复，再通过其流程注明原因结案（受理时填写 invalidReason，或在处理任务中勾选 invalid 并填写 invalidReason）。',
  ],
  [/is changed through the case's tier override \(POST (\S+)\), which re-times the handling/, '须通过个案的级别调整更改（POST $1），处理期限随之重新计算'],
  [/is not corrected: to move the handling to another department, reassign its task through the case \(POST (\S+)\)/, '不能更正：如需改由其他部门处理，请通过个案改派其任务（POST $1）'],
  [/is fixed when the complaint is taken: its case is filed under that household/, '在受理投诉时确定：个案已归入该住户的档案'],
  [/is fixed when the complaint is taken: it records how the complaint came in/, '在受理投诉时确定：记录投诉的来源渠道'],
  [/is fixed when the complaint is taken: its process set the deadlines by it/, '在受理投诉时确定：流程已据此设定期限'],
  [/is kept by the complaint's process and changes only through its tasks/, '由投诉流程维护，只能通过其任务更改'],
  [/is kept by the system and cannot be changed/, '由系统维护，不能更改'],
  // input no field takes, ids and numbers out of range, request ids, a database that cannot be reached
  [/must not contain a NUL character \(\\u0000\)/, '不能包含 NUL 字符（\\u0000）'],
  [/must not contain a lone surrogate \(half of a UTF-16 character\)/, '不能包含孤立的代理项（半个 UTF-16 字符）'],
  [/must not be nested more than (\d+) levels deep/, '嵌套不能超过 $1 层'],
  [/must not have a field name with a NUL character or a lone surrogate/, '字段名不能包含 NUL 字符或孤立的代理项'],
  [/is not a field the API takes/, '不是接口接受的字段'],
  [/is too small or too large a number/, '数值过小或过大'],
  [/must not be null/, '不能为 null'],
  [/must be an integer from (-?\d+) to (-?\d+)/, '须为 $1 至 $2 之间的整数'],
  [/must be an id from (\d+) to (\d+)/, '须为 $1 至 $2 之间的编号'],
  [/must be (\d+)-(\d+) letters, digits, dashes or underscores/, '须为 $1 至 $2 个字母、数字、短横线或下划线'],
  [/A value is out of the range the database can store/, '有值超出了数据库可以保存的范围'],
  [
    /The database could not be reached, so it is not known whether this was done: try again with the same requestId/,
    '无法连接数据库，不能确定此操作是否已完成：请使用同一个 requestId 重试',
  ],
  [/The database could not be reached: try again/, '无法连接数据库：请重试'],
  [
    /The workflow service could not be reached, so it is not known whether this was done: try again with the same requestId\.?/,
    '无法连接流程服务，不能确定此操作是否已完成：请使用同一个 requestId 重试',
  ],
  [/The workflow service could not be reached: try again\.?/, '无法连接流程服务：请重试'],
  [
    /The complaint with this requestId is still being taken or was not taken: try again with the same requestId/,
    '使用此 requestId 的投诉仍在受理中或未能受理：请使用同一个 requestId 重试',
  ],
];

const compile = (rules: Rule[]): Rule[] => rules.map(([pattern, text]) => [new RegExp(`^(?:${pattern.source})$`, pattern.flags), text]);

/** Whole messages first: a message with a subject of its own must not be read as "<field> <reason>". */
const MESSAGES = compile([
  ...SIGN_IN,
  ...RECORDS_AND_REFERENCES,
  ...ARCHIVE,
  ...COMPLAINTS,
  ...CASES_AND_TASKS,
  ...FEES,
  ...MESSAGES_AND_POLICIES,
  ...LISTS,
  ...CLASS_VALIDATOR,
  ...ZOD,
  ...SERVER,
]);
const REASON_RULES = compile(REASONS);

function apply(rules: Rule[], text: string): string | undefined {
  for (const [pattern, zh] of rules) {
    const match = pattern.exec(text);
    if (!match) continue;
    const parts = match.slice(1).map((part) => part ?? '');
    return typeof zh === 'string' ? zh.replace(/\$(\d)/g, (_, i: string) => parts[Number(i) - 1] ?? '') : zh(...parts);
  }
  return undefined;
}

/** Validators put the field's name first: "amount must be ...", "each value in tags must be ...". */
const SUBJECT = /^(each value in )?(nested property )?([A-Za-z_$][\w$.[\]-]*) (.+)$/;

function withSubject(text: string): string | undefined {
  const match = SUBJECT.exec(text);
  if (!match) return undefined;
  const [, each, nested, field, rest] = match;
  const reason = apply(REASON_RULES, rest);
  if (reason === undefined) return undefined;
  const subject = `${nested ? '嵌套字段 ' : ''}${field}`;
  return each ? `${subject} 中的每一项${reason}` : `${subject} ${reason}`;
}

/** One message, as a whole: a known message, a bare reason, "<field> <reason>", each with or without a final period. */
function whole(text: string): string | undefined {
  const direct = apply(MESSAGES, text) ?? apply(REASON_RULES, text) ?? withSubject(text);
  if (direct !== undefined || !text.endsWith('.')) return direct;
  const sentence = whole(text.slice(0, -1));
  return sentence === undefined ? undefined : `${sentence}。`;
}

/** "<field>: <reason>", where the field may itself hold ": " (a bank file's "line 3: household_id"). */
function afterField(part: string): string | undefined {
  for (let at = part.indexOf(': '); at >= 0; at = part.indexOf(': ', at + 2)) {
    const reason = whole(part.slice(at + 2));
    if (reason !== undefined) return `${part.slice(0, at)}: ${reason}`;
  }
  return undefined;
}

/** Several messages joined by "; " (how `invalidFields` and the form checks list their reasons). */
function joined(message: string): string | undefined {
  const parts = message.split('; ');
  const translated = parts.map((part) => whole(part) ?? afterField(part));
  if (translated.every((part) => part === undefined)) return undefined;
  return translated.map((part, i) => part ?? parts[i]).join('; ');
}

/** The Chinese text of an English error message; the message itself when the table does not know it. */
export function toChinese(message: string): string {
  return whole(message) ?? joined(message) ?? message;
}

/** Sign-in lockout, password rules and document checks (sessions and safe defaults); matched before the rest. */
const SESSIONS_AND_SAFE_DEFAULTS: Rule[] = [
  [/Too many failed sign-ins: sign-in is locked\. Try again in (\d+) minutes\./, '登录失败次数过多，已暂时锁定。请在 $1 分钟后再试。'],
  [/password must be at least (\d+) characters/, '密码至少须有 $1 个字符'],
  [/password must not be blank or one character repeated/, '密码不能为空白，也不能是同一个字符的重复'],
  [/password must not contain the username/, '密码不能包含用户名'],
  [/password is too common: it is on the list of the most used passwords/, '密码太常见：它在最常用密码的名单上'],
  [/the file starts like a PDF but is not a well-formed PDF/, '文件开头像 PDF，但不是格式完整的 PDF'],
];
MESSAGES.unshift(...compile(SESSIONS_AND_SAFE_DEFAULTS));

/** Money that needs two people: a payment's reversal, a waiver, a bank-debit import, and their approval. */
Object.assign(RECORDS, { approval: '审批申请' });
Object.assign(RESOURCES_ZH, { approvals: '审批' });
const TWO_PEOPLE: Rule[] = [
  [/Approval (\S+) has already been approved by (.*)\./, '审批申请 $1 已由 $2 批准。'],
  [/Approval (\S+) has already been rejected by (.*)\./, '审批申请 $1 已由 $2 驳回。'],
  [/You asked for this yourself: another person of another role must decide it\./, '这是您本人提出的申请，须由其他岗位的另一人审批。'],
  [/Someone of your role asked for this: a person of another role must decide it\./, '申请人与您岗位相同，须由其他岗位的人审批。'],
  [/Receipt (\S+) was reversed on (\S+): it cannot be reversed again\./, '收据 $1 已于 $2 冲正，不能再次冲正。'],
  [/Receipt (\S+) already has a reversal waiting for approval \(approval (\S+)\)\./, '收据 $1 已有待审批的冲正申请（审批申请 $2）。'],
  [/This ladder already has a waiver waiting for approval \(approval (\S+)\)\./, '此催缴已有待审批的减免申请（审批申请 $1）。'],
  [/This file is already waiting for approval \(approval (\S+)\)\./, '此文件已在等待审批（审批申请 $1）。'],
  [/No poster for (\S+)/, '无法入账：$1 没有入账处理'],
];
MESSAGES.unshift(...compile(TWO_PEOPLE));

/** The gate, document checklists and item release passes (REC-3; later MOV-1, DEC-1, DEC-3). */
Object.assign(RECORDS, { 'gate pass': '通行证', 'gate check': '门岗核验记录', checklist: '材料清单', 'checklist item': '清单项目', 'release pass': '物品放行条' });
Object.assign(RESOURCES_ZH, { gate: '门岗核验', checklists: '材料清单', 'release-passes': '物品放行' });
MESSAGES.unshift(
  ...compile([
    [/Only security checks passes at the gate\./, '只有保安部人员才能在门岗核验通行证。'],
    [/unknown pass kind (\S+)/, '未知的通行证类别 $1'],
    [/a pass of this kind is valid for at most (\d+) hours/, '此类通行证的有效时间最长 $1 小时'],
    [/only an unused pass can be revoked/, '只有未使用的通行证才能作废'],
    [/must be in the future/, '须为将来的时间'],
    [/the time window is over: apply again with a new one/, '有效时间已过，请重新申请新的时间'],
    [/release pass (\S+) is already issued/, '物品放行条 $1 已签发'],
    [/release pass (\S+) has no pass issued/, '物品放行条 $1 尚未签发'],
    [/unknown checklist purpose (\S+)/, '未知的材料清单用途 $1'],
    [/this application may be made by (.+) only/, '此申请只能由 $1 提出'],
    [/the documents are not all checked: (.+)/, '材料尚未全部核验：$1'],
    [/(.+) is already checked/, '$1 已核验'],
    [/must be a document on the household's file/, '须为该住户档案中的文件'],
    [/a scan of the document, or the documentId of one on the household's file, is required/, '请上传材料的扫描件，或选择住户档案中已有的文件（documentId）'],
    [/must be an item code such as OWNER_ID/, '须为清单项目代码，例如 OWNER_ID'],
    [/must be a purpose such as release-pass/, '须为用途代码，例如 release-pass'],
    [/items must list at least one item/, '请至少填写一项物品'],
    [/quantity must be a whole number/, '数量须为整数'],
    [/applicantPhone must be a phone number/, 'applicantPhone 须为电话号码'],
    [/must be 1-4 capital letters/, '须为 1–4 个大写字母'],
    [/must be a code in capitals such as (\S+)/, '须为大写代码，例如 $1'],
    [/item codes must be unique in each list/, '同一清单中的项目代码不能重复'],
  ]),
);

/** Satisfaction surveys (SAT-1): the public answer page and the staff's forms. */
Object.assign(RECORDS, { 'survey campaign': '满意度调查活动', 'survey response': '调查答卷', questionnaire: '调查问卷' });
Object.assign(RESOURCES_ZH, { surveys: '满意度调查' });
MESSAGES.unshift(
  ...compile([
    [/This survey link is not valid\./, '此调查链接无效。'],
    [/This survey has already been answered: thank you\./, '此调查已提交过，感谢您的参与。'],
    [/This survey link has expired\./, '此调查链接已过期。'],
    [/Too many requests: please wait a minute and try again\./, '请求过于频繁，请稍候一分钟再试。'],
    [/This household has already answered this campaign\./, '该住户已回复本次调查。'],
  ]),
);
REASON_RULES.unshift(
  ...compile([
    [/name a building or the households, one of the two/, '请选择楼栋或住户，二者选一'],
    [/this building has no household on file/, '该楼栋没有在册住户'],
    [/some of these households do not exist/, '其中有住户不存在'],
    [/the first submission with this requestId is still being taken: try again/, '此 requestId 的第一次提交仍在处理中，请重试'],
    [/must be the campaign's questionnaire/, '须为该调查活动的问卷'],
    [/name the questionnaire, or the campaign/, '请写明问卷或调查活动'],
    [/must be a date that has passed/, '须为已过去的日期'],
    [/this household was not asked in this campaign/, '该住户不在本次调查范围内'],
    [/is not a question of this questionnaire/, '不是本问卷的题目'],
    [/answers the same question twice/, '重复回答了同一题'],
    [/must be a rating from 1 to 5/, '须为 1 到 5 分'],
    [/must be yes or no \(true or false\)/, '须为是或否（true 或 false）'],
    [/must be one of the choices/, '须为选项之一'],
    [/must be text of at most 2000 characters/, '须为不超过 2000 个字符的文字'],
    [/the question "(.+)" must be answered/, '题目“$1”必须回答'],
    [/must be lower-case letters, digits and dashes/, '须为小写字母、数字和连字符'],
    [/a choice needs at least two options/, '选择题至少需要两个选项'],
    [/must be a code/, '须为代码'],
    [/question ids must be unique/, '题目编号不能重复'],
    [/must be the http\(s\) address of the answer page, such as (\S+)/, '须为答卷页面的 http(s) 地址，例如 $1'],
    [/method must be VISIT, PHONE or PAPER/, 'method 须为 VISIT、PHONE 或 PAPER'],
    [/method must be VISIT, PHONE, PAPER or LINK/, 'method 须为 VISIT、PHONE、PAPER 或 LINK'],
    [/key must be lower-case letters, digits and dashes, such as (\S+)/, 'key 须为小写字母、数字和连字符，例如 $1'],
  ]),
);

/** The reception log, specialist questions and work contact forms (REC-1, REC-2, REC-5). */
Object.assign(RECORDS, { 'reception entry': '接待登记', praise: '表扬记录', 'contact form': '工作联系单' });
Object.assign(RESOURCES_ZH, { reception: '接待登记', 'contact-forms': '工作联系单' });
const RECEPTION: Rule[] = [
  [/Reception entry (\S+) has already become a (\S+) \(case (.+)\): one entry, one case\./, '接待登记 $1 已转为 $2（个案 $3）：一条登记只对应一个个案。'],
  [/praise names the staff member praised/, '表扬须写明被表扬的员工'],
  [/only praise names a staff member praised/, '只有表扬才写被表扬的员工'],
  [/name the specialist: a department or a person \(specialistId\), one of them/, '请写明专业人员：一个部门或一个人（specialistId），二者选一'],
  [/confirmedWithResident must be true: read the entry back to the resident first/, 'confirmedWithResident 须为 true：请先向住户复述登记内容并确认'],
  [/must be a date \(YYYY-MM-DD\)/, '须为日期（YYYY-MM-DD）'],
  [/The contact form with this requestId is still being sent: try again with the same requestId\./, '此 requestId 的工作联系单仍在发送中，请用同一 requestId 重试。'],
  [/A work contact form is never deleted: it is part of the record; its case can be closed with a reason\./, '工作联系单不能删除，它是记录的一部分；可填写原因结束其个案。'],
];
MESSAGES.unshift(...compile(RECEPTION));

/** Repairs and return visits (REP-1..REP-8), photos on a case, one-off charges. */
Object.assign(RECORDS, { 'repair order': '维修工作单', attachment: '附件' });
Object.assign(RESOURCES_ZH, { repairs: '维修', attachments: '照片与扫描件' });
MESSAGES.unshift(
  ...compile([
    [/confirmedWithResident must be true: read the order back to the resident first/, 'confirmedWithResident 须为 true：请先向住户复述工作单内容并确认'],
    [/The repair order was not opened: the workflow service is unavailable \((.*)\)\. Try again with the same requestId\./, '维修工作单未能开出：流程服务不可用（$1）。请使用同一个 requestId 重试。'],
    [/(\S+) is required/, '$1 必填'],
    [/Order (\S+) is (\S+): only an order nobody has gone out on is voided; close its case with a reason instead\./, '工作单 $1 的状态为 $2：只有尚未派人上门的工作单才能作废；请改为填写原因结束其个案。'],
    [/Order (\S+) changed meanwhile: look at it again\./, '工作单 $1 刚刚有变动，请重新查看。'],
    [/A repair order is never deleted \(REP-3\): void it with a reason \(POST \/repairs\/:id\/void\); it keeps its serial number\./, '维修工作单不能删除（REP-3）：请填写原因作废，工作单保留其编号。'],
    [/the order with this requestId is still being taken or was not taken: try again with the same requestId/, '此 requestId 的工作单仍在受理中或未能受理：请使用同一个 requestId 重试'],
    [/(\S+) records are not withdrawn/, '$1 记录不能撤回'],
    [/repair order (\S+) has no charge to collect/, '维修工作单 $1 没有需要收取的费用'],
    [/bill (\S+) belongs to another household/, '账单 $1 属于其他住户'],
    [/POST (\S+): (.*)/, '请求失败：POST $1：$2'],
  ]),
);
REASON_RULES.unshift(
  ...compile([
    [/category codes must be unique/, '类别代码不能重复'],
    [/price codes must be unique/, '价目代码不能重复'],
    [/must be a household id/, '须为住户编号'],
    [/must be a whole number of days from 0 to 3650/, '须为 0 至 3650 之间的整数天数'],
    [/a repair in a home needs its household(?: \(public areas use the category PUBLIC\))?/, '住户室内维修须选择住户（公共区域请选类别“公共区域”）'],
    [/a public-area repair belongs to no household/, '公共区域维修不属于任何住户'],
    [/say where in the estate \(a public-area repair has no unit\)/, '请写明小区内的位置（公共区域维修没有房号）'],
    [/give at least one convenient time for the visit \(REP-1\)/, '请至少提供一个方便上门的时间（REP-1）'],
    [/must be after its from/, '须晚于开始时间'],
    [/a time window is at most one day long/, '一个时间段最长一天'],
    [/is already past/, '已经过去'],
    [/is more than 90 days ahead/, '超过 90 天之后'],
    [/out of warranty: a paid job states its charge from the price list \((.*)\)/, '已过保修期：有偿服务须从价目表中选定收费（$1）'],
    [/the resident must accept the charge of ¥(\S+) before the job is dispatched \(REP-2\)/, '派工前须经住户同意收费 ¥$1（REP-2）'],
    [/a free repair \(in warranty, or a public area\) has no charge/, '免费维修（保修期内或公共区域）不收费'],
    [/must be an ISO 8601 date or date-time/, '须为 ISO 8601 日期或日期时间'],
    [/only PDF, PNG and JPEG files are accepted/, '只接受 PDF、PNG 和 JPEG 文件'],
  ]),
);

/** Custody of vacant units (MOV-7) and the developer's handover list: their texts live in their areas. */
Object.assign(RECORDS, { custody: '托管', 'rain warning': '大雨预警', 'move-in notice': '入住通知书' });
Object.assign(RESOURCES_ZH, { custody: '空置房托管', 'rain-warnings': '大雨预警', handover: '交房名单' });
MESSAGES.unshift(...compile([...CUSTODY_MESSAGES, ...HANDOVER_MESSAGES]));
REASON_RULES.unshift(...compile([...CUSTODY_REASONS, ...HANDOVER_REASONS]));

/** Inspections (core) and move-in (MOV-1..MOV-6): their texts live in their areas. */
Object.assign(RECORDS, { 'move-in': '入住', inspection: '验房', 'inspection item': '验房项目' });
Object.assign(RESOURCES_ZH, { inspections: '验房', 'move-ins': '入住' });
MESSAGES.unshift(...compile([...INSPECTION_MESSAGES, ...MOVE_IN_MESSAGES]));
REASON_RULES.unshift(...compile([...INSPECTION_REASONS, ...MOVE_IN_REASONS]));

/** Decoration approval and supervision (DEC-1..DEC-7): their texts live in their area. */
Object.assign(RECORDS, { decoration: '装修申请' });
MESSAGES.unshift(...compile(DECORATION_MESSAGES));
REASON_RULES.unshift(...compile(DECORATION_REASONS));

/** Case notes, quick replies and the notices of new work: their texts live in the cases' area. */
Object.assign(RECORDS, { 'case note': '个案备注' });
Object.assign(RESOURCES_ZH, { 'case-notes': '个案备注' });
REASON_RULES.unshift(...compile(NOTE_REASONS));

/** The policies' refusals: written in both languages beside their schemas (policies/fields.ts `say`). */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
REASON_RULES.unshift(...compile(policyMessages().map(([en, zh]): Rule => [literally(en), zh])));

/** FEE-7: a cash count that differs from the receipts is explained before it is recorded. */
REASON_RULES.unshift(
  ...compile([[/the count differs from the receipts \((\S+) ¥(\S+)\): explain the difference in the note/, (kind, amount) => `清点金额与收据不符（${kind === 'short' ? '短款' : kind === 'over' ? '长款' : kind} ¥${amount}）：请在备注中说明原因`]]),
);
