import { z } from 'zod';
import { DocumentKind } from '../../../../prisma/client';

/** Who applies: the lists of documents differ (MOV-1, DEC-1, REC-3). */
export const APPLICANT_KINDS = ['OWNER', 'PROXY', 'TENANT', 'COMPANY'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

const item = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be a code in capitals such as OWNER_ID'),
  label: z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(200) }),
  /** How its scan is filed on the household's file. */
  documentKind: z.nativeEnum(DocumentKind),
  /** false: asked for, but the checklist completes without it. */
  required: z.boolean().optional(),
});
export type ChecklistItemSpec = z.infer<typeof item>;

const perApplicant = z
  .object({ OWNER: z.array(item), PROXY: z.array(item), TENANT: z.array(item), COMPANY: z.array(item) })
  .partial()
  .refine((lists) => Object.values(lists).every((l) => new Set(l.map((i) => i.code)).size === l.length), { message: 'item codes must be unique in each list' });

/**
 * The `checklists` policy: for each purpose (release-pass, move-in, decoration...), the documents each kind of
 * applicant brings. An applicant kind missing from a purpose may not apply for it.
 */
export const CHECKLISTS_POLICY_SCHEMA = z.record(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a purpose such as release-pass'), perApplicant);
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
