import { z } from 'zod';
import { DocumentKind } from '../../../../prisma/generated/enums';
import { bilingual, choice, code, described, flag, say, t } from '../policies/fields';

/** Who applies: the lists of documents differ (MOV-1, DEC-1, REC-3). */
export const APPLICANT_KINDS = ['OWNER', 'PROXY', 'TENANT', 'COMPANY'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** How a scan is filed on the household's file, in words. */
const DOCUMENT_KINDS: Record<DocumentKind, { zh: string; en: string }> = {
  ID_COPY: t('身份证复印件', 'ID copy'),
  MOVE_IN_NOTICE: t('入住通知书', 'Move-in notice'),
  PURCHASE_CONTRACT: t('购房合同', 'Purchase contract'),
  POWER_OF_ATTORNEY: t('授权委托书', 'Power of attorney'),
  COMPANY_CERTIFICATE: t('营业执照', 'Company certificate'),
  AGREEMENT: t('协议', 'Agreement'),
  PERMIT: t('许可证', 'Permit'),
  NOTICE: t('通知', 'Notice'),
  LEGAL_BUNDLE: t('法律移交材料', 'Legal bundle'),
  OTHER: t('其他', 'Other'),
};

const item = z.object({
  code: code(t('代码', 'Code'), 'OWNER_ID'),
  label: bilingual(t('材料名称', 'Document')),
  /** How its scan is filed on the household's file. */
  documentKind: choice(t('归档类别', 'Filed as'), DOCUMENT_KINDS),
  /** false: asked for, but the checklist completes without it. */
  required: flag(t('必须提交', 'Required'), t('不勾选：会提示索取，但缺少时清单也可完成', 'Unticked: asked for, but the checklist completes without it')).optional(),
});
export type ChecklistItemSpec = z.infer<typeof item>;

const documents = (zh: string, en: string) =>
  described(z.array(item), t(zh, en), { help: t('关闭：此类申请人不能办理', 'Off: this kind of applicant may not apply') }).optional();

const perApplicant = described(
  z
    .object({
      OWNER: documents('业主本人', 'Owner'),
      PROXY: documents('业主委托人', 'Proxy of the owner'),
      TENANT: documents('租户', 'Tenant'),
      COMPANY: documents('单位', 'Company'),
    })
    .refine((lists) => Object.values(lists).every((l) => new Set(l.map((i) => i.code)).size === l.length), {
      message: say('同一清单中的项目代码不能重复', 'item codes must be unique in each list'),
    }),
  t('各类申请人须带的材料', 'What each kind of applicant brings'),
);

/**
 * The `checklists` policy: for each purpose (release-pass, move-in, decoration...), the documents each kind of
 * applicant brings. An applicant kind missing from a purpose may not apply for it.
 */
export const CHECKLISTS_POLICY_SCHEMA = described(
  z.record(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, say('须为用途代码（小写字母、数字和短横线），例如 release-pass', 'must be a purpose such as release-pass')), perApplicant),
  t('办理事项', 'Purposes'),
  {
    keyLabel: t('用途代码', 'Purpose code'),
    keyLabels: { 'release-pass': t('物品放行', 'Item release'), 'move-in': t('入住手续', 'Move-in'), decoration: t('装修申请', 'Decoration application') },
  },
);
export type ChecklistsPolicy = z.infer<typeof CHECKLISTS_POLICY_SCHEMA>;

const i = (code: string, zh: string, en: string, documentKind: DocumentKind, required = true): ChecklistItemSpec => ({ code, label: { zh, en }, documentKind, ...(required ? {} : { required }) });

const OWNER_ID = i('OWNER_ID', '业主身份证', "Owner's ID card", 'ID_COPY');
const PROXY_ID = i('PROXY_ID', '受托人身份证', "Proxy's ID card", 'ID_COPY');
const POWER_OF_ATTORNEY = i('POWER_OF_ATTORNEY', '业主授权委托书', "Owner's power of attorney", 'POWER_OF_ATTORNEY');
const COMPANY_CERTIFICATE = i('COMPANY_CERTIFICATE', '营业执照', 'Company certificate', 'COMPANY_CERTIFICATE');
const PERSONAL_ID = i('PERSONAL_ID', '经办人身份证', "Representative's ID card", 'ID_COPY');

export const DEFAULT_CHECKLISTS_POLICY: ChecklistsPolicy = {
  // REC-3: a tenant moves items out only with the owner's consent.
  'release-pass': {
    OWNER: [OWNER_ID],
    PROXY: [PROXY_ID, POWER_OF_ATTORNEY],
    TENANT: [i('TENANT_ID', '租户身份证', "Tenant's ID card", 'ID_COPY'), i('OWNER_CONSENT', '业主同意书', "Owner's written consent", 'AGREEMENT')],
    COMPANY: [COMPANY_CERTIFICATE, PERSONAL_ID],
  },
  // MOV-1: owner (ID card, move-in notice, purchase contract); a proxy also the power of attorney and the proxy's ID; a company its certificate and a personal ID.
  'move-in': {
    OWNER: [OWNER_ID, i('MOVE_IN_NOTICE', '入住通知书', 'Move-in notice', 'MOVE_IN_NOTICE'), i('PURCHASE_CONTRACT', '购房合同', 'Purchase contract', 'PURCHASE_CONTRACT')],
    PROXY: [OWNER_ID, i('MOVE_IN_NOTICE', '入住通知书', 'Move-in notice', 'MOVE_IN_NOTICE'), i('PURCHASE_CONTRACT', '购房合同', 'Purchase contract', 'PURCHASE_CONTRACT'), POWER_OF_ATTORNEY, PROXY_ID],
    COMPANY: [COMPANY_CERTIFICATE, PERSONAL_ID, i('MOVE_IN_NOTICE', '入住通知书', 'Move-in notice', 'MOVE_IN_NOTICE'), i('PURCHASE_CONTRACT', '购房合同', 'Purchase contract', 'PURCHASE_CONTRACT')],
  },
  // DEC-1: the owner's identity; a proxy or a tenant brings the owner's power of attorney, filed with their ID copy.
  decoration: {
    OWNER: [OWNER_ID],
    PROXY: [POWER_OF_ATTORNEY, PROXY_ID],
    TENANT: [POWER_OF_ATTORNEY, i('TENANT_ID', '租户身份证', "Tenant's ID card", 'ID_COPY')],
    COMPANY: [COMPANY_CERTIFICATE, PERSONAL_ID],
  },
};
