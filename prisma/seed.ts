import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Department, Language, OccupancyKind, PartyType, PrismaClient, StaffRole, UnitStatus } from './client';

/** One demo account per role of the department (DOMAIN.md, "Who works here"), and one in each department that receives complaints. */
export const DEMO_STAFF: { username: string; displayName: string; role: StaffRole; department: Department; language: Language; email: string }[] = [
  { username: 'reception', displayName: '陈静', role: 'RECEPTION', department: 'CS', language: 'zh', email: 'reception@estate-desk.local' },
  { username: 'commissioner', displayName: '刘洋', role: 'SERVICE_COMMISSIONER', department: 'CS', language: 'zh', email: 'commissioner@estate-desk.local' },
  { username: 'engineer', displayName: '赵强', role: 'ENGINEER', department: 'ENGINEERING', language: 'zh', email: 'engineer@estate-desk.local' },
  { username: 'cashier', displayName: '孙丽', role: 'CASHIER', department: 'CS', language: 'zh', email: 'cashier@estate-desk.local' },
  { username: 'clerk', displayName: '周敏', role: 'INTERNAL_CLERK', department: 'CS', language: 'zh', email: 'clerk@estate-desk.local' },
  { username: 'supervisor', displayName: '吴刚', role: 'CS_SUPERVISOR', department: 'CS', language: 'zh', email: 'supervisor@estate-desk.local' },
  { username: 'director', displayName: '郑华', role: 'OFFICE_DIRECTOR', department: 'MANAGEMENT_OFFICE', language: 'zh', email: 'director@estate-desk.local' },
  { username: 'security', displayName: '钱勇', role: 'DEPT_STAFF', department: 'SECURITY', language: 'zh', email: 'security@estate-desk.local' },
  { username: 'cleaning', displayName: '冯霞', role: 'DEPT_STAFF', department: 'CLEANING', language: 'zh', email: 'cleaning@estate-desk.local' },
  { username: 'greening', displayName: '陈杰', role: 'DEPT_STAFF', department: 'GREENING', language: 'zh', email: 'greening@estate-desk.local' },
  { username: 'security-lead', displayName: '韩磊', role: 'DEPT_SUPERVISOR', department: 'SECURITY', language: 'zh', email: 'security-lead@estate-desk.local' },
  { username: 'engineering-lead', displayName: '曹建', role: 'DEPT_SUPERVISOR', department: 'ENGINEERING', language: 'zh', email: 'engineering-lead@estate-desk.local' },
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN', department: 'MANAGEMENT_OFFICE', language: 'en', email: 'admin@estate-desk.local' },
];

export const DEMO_ESTATE = { name: '翠湖花园', nameEn: 'Cuihu Garden', address: '滨湖路 88 号' };

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英'];
const ENGLISH = ['James Carter', 'Emma Wilson', 'Lucas Martin', 'Sophie Brown', 'Daniel Young', 'Olivia Hall', 'Noah Clark', 'Mia Lewis'];
const RELATIONS = ['配偶', '子女', '父母'];
const AREAS = [89.5, 112.3, 135.8, 89.5, 76.2];

export const passwordFor = () => randomBytes(9).toString('base64url');

export type Credentials = Record<string, string>;

/** Demo staff accounts, with the given passwords (set on every call so the printed ones always work). */
export async function seedStaff(prisma: PrismaClient, credentials: Credentials): Promise<void> {
  for (const staff of DEMO_STAFF) {
    const passwordHash = await hash(credentials[staff.username]);
    await prisma.staff.upsert({
      where: { username: staff.username },
      // The demo's names, one language each, replace those of a database seeded before.
      update: { passwordHash, active: true, role: staff.role, displayName: staff.displayName },
      create: { ...staff, passwordHash },
    });
  }
}

/**
 * The demo estate: 2 buildings of 20 floors with 5 units each (200 units), owners and tenants,
 * one company household, vacant units and units in custody. Does nothing if the estate exists.
 */
export async function seedEstate(prisma: PrismaClient): Promise<{ created: boolean; households: number }> {
  const existing = await prisma.estate.findFirst({ where: { name: DEMO_ESTATE.name } });
  if (existing) return { created: false, households: await prisma.household.count() };

  return prisma.$transaction(
    async (tx) => {
      const estate = await tx.estate.create({ data: DEMO_ESTATE });
      let n = 0;
      const households: {
        unitId: number;
        occupancy: OccupancyKind;
        partyType: PartyType;
        name: string;
        phone: string;
        language: Language;
        companyRegNo?: string;
        idNumber?: string;
        moveInDate: Date;
      }[] = [];
      for (const code of ['1', '2']) {
        const building = await tx.building.create({
          data: { estateId: estate.id, code, name: `${code}栋`, floors: 20 },
        });
        const units = [];
        for (let floor = 1; floor <= 20; floor++) {
          for (let u = 1; u <= 5; u++) {
            n++;
            const status: UnitStatus = n % 17 === 0 ? 'CUSTODY' : n % 13 === 0 ? 'VACANT' : 'OCCUPIED';
            units.push({
              buildingId: building.id,
              number: `${code}-${String(floor).padStart(2, '0')}${String(u).padStart(2, '0')}`,
              floor,
              areaSqm: AREAS[u - 1],
              status,
            });
          }
        }
        const created = await tx.unit.createManyAndReturn({ data: units, select: { id: true, number: true, status: true } });
        created.forEach((unit, i) => {
          const k = (code === '1' ? 0 : 100) + i;
          if (unit.status === 'VACANT') return;
          const english = k % 25 === 7;
          const company = unit.number === '2-0101';
          const name = company
            ? '华信科技有限公司'
            : english
              ? ENGLISH[k % ENGLISH.length]
              : SURNAMES[k % SURNAMES.length] + GIVEN[(k * 7) % GIVEN.length];
          households.push({
            unitId: unit.id,
            occupancy: 'OWNER',
            partyType: company ? 'COMPANY' : 'INDIVIDUAL',
            name,
            phone: `138${String(10000000 + k * 7919).slice(-8)}`,
            language: english ? 'en' : 'zh',
            ...(company ? { companyRegNo: '91320100MA1XYZ2026' } : { idNumber: `3201021980${String(1000000 + k).slice(-6)}` }),
            moveInDate: new Date(Date.UTC(2019 + (k % 5), k % 12, 1 + (k % 27))),
          });
          if (unit.status === 'OCCUPIED' && k % 6 === 5) {
            households.push({
              unitId: unit.id,
              occupancy: 'TENANT',
              partyType: 'INDIVIDUAL',
              name: SURNAMES[(k + 5) % SURNAMES.length] + GIVEN[(k * 3 + 1) % GIVEN.length],
              phone: `139${String(10000000 + k * 6271).slice(-8)}`,
              language: 'zh',
              moveInDate: new Date(Date.UTC(2023 + (k % 3), (k + 3) % 12, 1)),
            });
          }
        });
      }
      const created = await tx.household.createManyAndReturn({ data: households, select: { id: true, occupancy: true, partyType: true } });
      const members = created
        .filter((h) => h.partyType === 'INDIVIDUAL' && h.occupancy === 'OWNER')
        .flatMap((h, i) =>
          Array.from({ length: 1 + (i % 2) }, (_, j) => ({
            householdId: h.id,
            name: SURNAMES[(i + j + 3) % SURNAMES.length] + GIVEN[(i * 5 + j) % GIVEN.length],
            relation: RELATIONS[(i + j) % RELATIONS.length],
          })),
        );
      await tx.member.createMany({ data: members });
      return { created: true, households: created.length };
    },
    { timeout: 60_000 },
  );
}

/**
 * The estate's charge items (FEE-1): the property management fee per m² per month (custody units pay
 * 70% of it, FEE-8), garbage clearance per month, water by the meter, and heating, which is switched
 * on for the heating season. Rates are examples; the clerk sets the estate's own. Adds only what is missing.
 */
export const DEMO_CHARGE_ITEMS = [
  { code: 'PROPERTY', nameZh: '物业管理费', nameEn: 'Property management fee', basis: 'AREA', rate: 1.8, custodyReduced: true, active: true, sortOrder: 1 },
  { code: 'GARBAGE', nameZh: '垃圾清运费', nameEn: 'Garbage clearance', basis: 'FIXED', rate: 10, custodyReduced: false, active: true, sortOrder: 2 },
  { code: 'WATER', nameZh: '水费', nameEn: 'Water', basis: 'METERED', rate: 3.5, custodyReduced: false, active: true, sortOrder: 3 },
  { code: 'HEATING', nameZh: '采暖费', nameEn: 'Heating', basis: 'AREA', rate: 4.2, custodyReduced: false, active: false, sortOrder: 4 },
] as const;

export async function seedChargeItems(prisma: PrismaClient): Promise<void> {
  await prisma.chargeItem.createMany({ data: DEMO_CHARGE_ITEMS.map((item) => ({ ...item })), skipDuplicates: true });
}
