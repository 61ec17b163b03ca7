import { z } from 'zod';
import { text, t } from '../policies/fields';

/** Who letters come from: every printed letter carries it. */
export const LETTERHEAD_POLICY_SCHEMA = z.object({
  companyZh: text(t('公司名称（中文）', 'Company (Chinese)'), 2, 100),
  companyEn: text(t('公司名称（英文）', 'Company (English)'), 2, 200),
  departmentZh: text(t('部门（中文）', 'Department (Chinese)'), 2, 100),
  departmentEn: text(t('部门（英文）', 'Department (English)'), 2, 200),
  addressZh: text(t('地址（中文）', 'Address (Chinese)'), 2, 200),
  addressEn: text(t('地址（英文）', 'Address (English)'), 2, 300),
  phone: text(t('电话', 'Phone'), 3, 40),
});
