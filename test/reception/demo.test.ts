import { seedDemoFrontDesk } from '../../scripts/stack/demo-front-desk';
import { testConfig, unique } from '../harness';
import { receptionStack, type ReceptionStack } from './support';

/** What `npm start` shows on a new installation: a day at the front desk and a survey under way. */
describe('the demo front desk', () => {
  let s: ReceptionStack;
  beforeAll(async () => {
    s = await receptionStack();
  }, 60_000);
  afterAll(() => s?.close());

  it('REC-1 REC-2 REC-5 SAT-1 npm start seeds a day of the reception log, a specialist question, a contact form and a survey with answers, once', async () => {
    const estate = await s.prisma.estate.create({ data: { name: unique('demo estate'), address: '演示路 1 号' } });
    const code = unique('D').slice(0, 12);
    const building = await s.prisma.building.create({ data: { estateId: estate.id, code, name: '演示楼', floors: 6 } });
    const residents = [];
    for (const [i, name] of ['林一', '林二', '林三', '林四', '林五'].entries()) {
      residents.push(
        await s.prisma.household.create({
          data: { occupancy: 'OWNER', name, phone: `1370000${String(1000 + i)}`, unit: { create: { number: `${code.slice(-6)}-${i}`, floor: 1, areaSqm: 90, buildingId: building.id } } },
        }),
      );
    }
    const { credentials } = s;
    const said: string[] = [];
    await seedDemoFrontDesk(s.apiUrl, credentials, testConfig().DATABASE_URL, (m) => said.push(m), { buildingCode: code });

    // The day's log: four calls and visits of the building's residents, the need put to engineering.
    const ids = residents.map((r) => r.id);
    const entries = await s.prisma.receptionEntry.findMany({ where: { householdId: { in: ids } }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.kind)).toEqual(['CONSULTATION', 'PRAISE', 'SUGGESTION', 'NEED']);
    const engineer = await s.staffId('engineer');
    expect(await s.prisma.staffPraise.count({ where: { staffId: engineer, entryId: entries[1].id } })).toBe(1);
    const question = await s.prisma.specialistQuestion.findFirstOrThrow({ where: { entryId: entries[3].id } });
    expect(question.department).toBe('ENGINEERING');
    await s.task(question.caseId, 'answer');
    expect(await s.prisma.contactForm.count({ where: { subject: '地下车库夜间有外来车辆长时间停放', content: { contains: '演示楼' } } })).toBeGreaterThanOrEqual(1);

    // The building's telephone survey: everyone asked, three answered; a paper form typed in besides.
    const campaign = await s.prisma.surveyCampaign.findFirstOrThrow({ where: { buildingId: building.id }, include: { invitations: true } });
    expect(campaign.invitations).toHaveLength(residents.length);
    expect(await s.prisma.surveyResponse.count({ where: { campaignId: campaign.id } })).toBe(3);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('演示楼');

    // Seeding again adds nothing.
    await seedDemoFrontDesk(s.apiUrl, credentials, testConfig().DATABASE_URL, () => undefined, { buildingCode: code });
    expect(await s.prisma.receptionEntry.count({ where: { householdId: { in: ids } } })).toBe(4);
    expect(await s.prisma.surveyCampaign.count({ where: { buildingId: building.id } })).toBe(1);
  }, 90_000);
});
