import { z } from 'zod';
import { bilingual, described, say, t } from '../policies/fields';

const code = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, say('须为小写字母开头的名称（小写字母、数字和短横线），例如 repair 或 move-in', 'must be a name in small letters such as repair or move-in'));

/** The processes a reply may be offered for, in words. */
const PROCESSES = {
  reception: t('接待登记', 'Reception log'),
  complaint: t('投诉', 'Complaints'),
  repair: t('维修', 'Repairs'),
  'contact-form': t('工作联系单', 'Work contact forms'),
  dunning: t('欠费催缴', 'Dunning'),
  'home-collection': t('上门收费', 'Home collections'),
  'move-in': t('入住', 'Move-in'),
  decoration: t('装修', 'Decoration'),
  custody: t('空置房托管', 'Custody'),
  survey: t('满意度调查', 'Surveys'),
  'file-loan': t('档案借阅', 'File loans'),
};

/**
 * The `quick-replies` policy: the answers reception gives again and again, in both languages, each offered
 * for the processes it names (none: for every one, and for internal notes). A manager saves a new version
 * on the policies page; inserting one only fills the text box, which staff edit before sending.
 */
export const QUICK_REPLIES_POLICY_SCHEMA = z
  .object({
    replies: described(
      z
        .array(
          z.object({
            key: described(code, t('代码', 'Code'), { input: 'code' }),
            processes: described(z.array(code).max(30), t('用于', 'Offered for'), {
              input: 'enumList',
              options: PROCESSES,
              help: t('都不选：所有流程和内部备注都可用', 'None ticked: offered everywhere, internal notes included'),
            }),
            title: bilingual(t('标题', 'Title'), 40, 80),
            text: bilingual(t('回复内容', 'Text'), 1000, 2000),
          }),
        )
        .max(200),
      t('常用回复', 'Quick replies'),
    ),
  })
  .refine((p) => new Set(p.replies.map((r) => r.key)).size === p.replies.length, { message: say('回复代码不能重复', 'reply keys must be unique'), path: ['replies'] });

export type QuickReplies = z.infer<typeof QUICK_REPLIES_POLICY_SCHEMA>;
export type QuickReply = QuickReplies['replies'][number];

const reply = (key: string, processes: string[], title: [string, string], zh: string, en: string): QuickReply => ({
  key,
  processes,
  title: { zh: title[0], en: title[1] },
  text: { zh, en },
});

/**
 * The common answers of the reception (seed 004: reception, repairs, complaints, fees, move-in, decoration,
 * return visits), used until a manager saves the first version. 【】 and [] mark what staff fill in.
 */
export const DEFAULT_QUICK_REPLIES: QuickReplies = {
  replies: [
    reply('will-answer', ['reception', 'complaint', 'repair', 'contact-form'], ['记录后约时答复', 'Recorded, answer by a time'],
      '您反映的问题我们已详细记录，将咨询相关专业人员，并于【时间】前给您答复。',
      'We have noted your question in full. We will consult the specialist concerned and answer you by [time].'),
    reply('repair-booked', ['reception', 'repair'], ['报修已登记', 'Repair booked'],
      '您的报修已登记，维修人员将于【时间】上门维修，请届时家中留人。维修完成后我们会回访。',
      'Your repair is booked: our maintenance staff will come at [time]; please make sure someone is at home. We will call you back once it is done.'),
    reply('complaint-received', ['reception', 'complaint'], ['投诉已受理', 'Complaint received'],
      '感谢您的反映，给您带来不便，我们深表歉意。您的投诉已转交相关部门，负责人员会尽快与您联系，处理结果当天告知您。',
      'Thank you for telling us, and we are sorry for the trouble. Your complaint has gone to the department concerned; they will contact you shortly, and we will tell you the result the same day.'),
    reply('complaint-result', ['complaint'], ['告知处理结果', 'Result of a complaint'],
      '您反映的问题已处理完毕：【处理结果】。感谢您的理解与支持，如仍有问题请随时联系客服中心。',
      'The matter you raised has been dealt with: [result]. Thank you for your patience; please contact the service centre if anything remains.'),
    reply('not-our-service', ['complaint', 'reception'], ['不属物业服务范围', 'Outside our service'],
      '经核实，您反映的情况不属于物业服务范围。我们建议您：【建议】。如需帮助，请随时联系客服中心。',
      'We have checked: what you describe is outside the property service. We suggest: [suggestion]. If we can help in any other way, please contact the service centre.'),
    reply('item-release', ['reception'], ['物品放行', 'Moving items out'],
      '搬出物品需先到客服中心办理物品放行条，请携带身份证件；出小区时将放行条交门岗核对。',
      'To move items out of the estate, please first get an item release pass at the service centre (bring your ID card) and show it to the gate guard on the way out.'),
    reply('fee-reminder', ['reception', 'dunning'], ['缴费提醒', 'Fee reminder'],
      '您好，您【期间】的物业服务费共【金额】元尚未缴纳，请于【日期】前到客服中心缴纳，或预约上门收取。如已缴纳请忽略。',
      'Hello, the property fee of CNY [amount] for [period] is still unpaid. Please pay at the service centre by [date], or book a collection at home. If you have paid, please ignore this.'),
    reply('move-in-documents', ['reception', 'move-in'], ['入住所需资料', 'Move-in documents'],
      '办理入住请携带：业主身份证、入住通知书、房屋买卖合同；委托他人办理的，另带业主授权委托书及受托人身份证；单位购房另带单位证明。',
      'For the move-in please bring the owner\'s ID card, the move-in notice and the purchase contract; someone acting for the owner also brings the power of attorney and their own ID; a company brings its certificate.'),
    reply('decoration-documents', ['reception', 'decoration'], ['装修手续', 'Decoration permit'],
      '办理装修手续请携带业主身份证（委托办理另带委托书及受托人身份证）和装修方案；涉及拆改主体结构或明显加大荷载的，须先取得房管部门批准。',
      'For a decoration permit please bring the owner\'s ID card (someone acting for the owner also brings the power of attorney and their ID) and the plan; changes to the main structure or a clearly heavier load need the housing authority\'s approval first.'),
    reply('return-visit', ['repair', 'complaint'], ['回访问候', 'Return visit'],
      '您好，这里是客服中心回访：您【日期】反映的问题是否已处理好？对我们的服务是否满意？',
      'Hello, this is the service centre calling back: has the matter you raised on [date] been put right? Are you satisfied with our service?'),
    reply('no-answer', [], ['电话无人接听', 'No answer'],
      '已致电住户，无人接听，稍后再联系。',
      'Called the resident: no answer. Will call again later.'),
    reply('not-at-home', [], ['上门住户不在', 'Resident not at home'],
      '上门时住户不在家，已留言，待约定新的上门时间。',
      'The resident was not at home when we called; left a message, a new time is to be agreed.'),
  ],
};
