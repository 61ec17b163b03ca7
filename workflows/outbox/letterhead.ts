/**
 * Who letters come from: the management company, its service centre, address and phone, as a versioned
 * policy (`letterhead`) a manager keeps current. Every printed letter carries it, its reference number,
 * a signature block and the place for the company seal.
 */
export interface Letterhead {
  companyZh: string;
  companyEn: string;
  departmentZh: string;
  departmentEn: string;
  addressZh: string;
  addressEn: string;
  phone: string;
}

export const DEFAULT_LETTERHEAD: Letterhead = {
  companyZh: '翠湖物业服务有限公司',
  companyEn: 'Cuihu Property Services Co., Ltd.',
  departmentZh: '翠湖花园管理处 客户服务中心',
  departmentEn: 'Cuihu Garden Management Office, Customer Service Centre',
  addressZh: '滨湖路 88 号 翠湖花园管理处',
  addressEn: 'Management Office, Cuihu Garden, 88 Binhu Road',
  phone: '0571-8888 6666',
};

/** A letter's reference number: its kind and year, and the message's number ("CJ2026-000123" for a demand letter). */
export function letterReference(template: string, messageId: number, createdAt: Date): string {
  const prefix = template === 'dunning-demand-letter' ? 'CJ' : template === 'fee-notice' ? 'JF' : 'HX';
  const year = new Date(createdAt.getTime() + 480 * 60_000).getUTCFullYear();
  return `${prefix}${year}-${String(messageId).padStart(6, '0')}`;
}
