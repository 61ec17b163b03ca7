import { createPrismaClient } from '../../prisma/client';
import type { Credentials } from '../../prisma/seed';
import { demoApi } from './demo-api';

const HOUR = 3600_000;

/**
 * The front desk's day for a new installation, made through the API as the staff would (REC-1, REC-2,
 * REC-5, SAT-1): calls and visits in today's reception log (a consultation answered on the spot, a praise
 * for the engineer, a suggestion, a need put to engineering as a specialist question with the time promised
 * to the resident), a work contact form to security, and a telephone satisfaction survey of the building (2 by default) with
 * some answers taken and a paper opinion form typed in. Nothing is added once the building's residents are in
 * the log.
 */
export async function seedDemoFrontDesk(
  apiUrl: string,
  credentials: Credentials,
  databaseUrl: string,
  say: (m: string) => void,
  { buildingCode = '2' }: { buildingCode?: string } = {},
): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    const building = await prisma.building.findFirst({ where: { code: buildingCode } });
    if (!building) return;
    const residents = await prisma.household.findMany({ where: { active: true, unit: { buildingId: building.id } }, orderBy: { id: 'asc' }, take: 6 });
    const engineer = await prisma.staff.findUnique({ where: { username: 'engineer' } });
    if (residents.length < 4 || !engineer) return;
    if ((await prisma.receptionEntry.count({ where: { householdId: { in: residents.map((r) => r.id) } } })) > 0) return;
    const { call } = demoApi(apiUrl, credentials);
    const log = (resident: (typeof residents)[number], entry: Record<string, unknown>) =>
      call('reception', 'POST', '/reception-entries', { householdId: resident.id, residentName: resident.name, phone: resident.phone, confirmedWithResident: true, ...entry });

    await log(residents[0], { kind: 'CONSULTATION', channel: 'PHONE', content: '询问地下车库月卡怎么办理、多少钱。', reply: '已告知带行驶证到客服中心办理，月卡每月 300 元。' });
    await log(residents[1], { kind: 'PRAISE', channel: 'VISIT', content: '赵师傅昨天修厨房水管又快又干净，特来表扬。', praisedStaffId: engineer.id });
    await log(residents[2], { kind: 'SUGGESTION', channel: 'PHONE', content: `建议在${building.name}旁边的车位增加电动车充电桩。`, reply: '已记录，将转管理处研究。' });
    const need = await log(residents[3], { kind: 'NEED', channel: 'VISIT', content: '想在阳台加装防盗网，问是否允许、有什么样式要求。' });
    await call('reception', 'POST', `/reception-entries/${need.id}/specialist-question`, {
      question: '业主想在阳台加装防盗网：小区是否允许？对样式、颜色和安装位置有什么要求？',
      department: 'ENGINEERING',
      promisedBy: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    await call('reception', 'POST', '/contact-forms', {
      toDepartment: 'SECURITY',
      subject: '地下车库夜间有外来车辆长时间停放',
      content: `多位${building.name}业主反映夜间地下车库有外来车辆占用业主车位，请安全部核实并加强夜间巡查，书面回复处理结果。`,
    });

    // The resident satisfaction questionnaire's version that asks what these answers answer.
    type Version = { id: number; key: string; questions: { id: string; required?: boolean }[] };
    const answered = new Set(['reception', 'phone', 'return-visit', 'cleaning', 'suggestions']);
    const versions = await call<Version[]>('supervisor', 'GET', `/questionnaires?range=${encodeURIComponent('[0,99]')}`);
    const questionnaire = versions.find((v) => v.key === 'resident-satisfaction' && v.questions.some((q) => q.id === 'reception') && v.questions.every((q) => !q.required || answered.has(q.id)));
    if (!questionnaire) return;
    const campaign = await call('commissioner', 'POST', '/survey-campaigns', { name: `${building.name}电话满意度调查`, questionnaireId: questionnaire.id, method: 'PHONE', buildingId: building.id });
    const ratings = [
      { reception: 5, phone: 5, 'return-visit': 4, cleaning: true },
      { reception: 4, phone: 3, 'return-visit': 5, cleaning: true },
      { reception: 5, phone: 4, 'return-visit': 2, cleaning: false },
    ];
    for (const [i, r] of ratings.entries()) {
      await call('commissioner', 'POST', '/survey-responses', {
        method: 'PHONE',
        campaignId: campaign.id,
        householdId: residents[i].id,
        respondentName: residents[i].name,
        answers: Object.entries(r).map(([questionId, value]) => ({ questionId, value })),
      });
    }
    await call('reception', 'POST', '/survey-responses', {
      method: 'PAPER',
      questionnaireId: questionnaire.id,
      respondentName: '（未署名）',
      answers: [
        { questionId: 'reception', value: 5 },
        { questionId: 'phone', value: 4 },
        { questionId: 'return-visit', value: 4 },
        { questionId: 'suggestions', value: '希望晚上多巡逻几次。' },
      ],
    });
    say(`Front desk: today’s reception log with a praise and a specialist question, a work contact form, and a telephone survey of ${building.name} with its first answers.`);
  } finally {
    await prisma.$disconnect();
  }
}
