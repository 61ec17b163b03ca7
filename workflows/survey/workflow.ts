import { condition, proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual, Escalation, FormField } from '../core/types';
import type { SurveyActivities } from './activities';
import type { SurveyPolicy } from './policy';

const acts = proxyActivities<SurveyActivities>({ startToCloseTimeout: '5 minutes', heartbeatTimeout: '1 minute' });

export interface SurveyCampaignInput {
  caseId: number;
  campaignId: number;
  method: 'VISIT' | 'PHONE' | 'PAPER' | 'LINK';
  /** "2栋 四月满意度调查 · 38 户" */
  summary: Bilingual;
  policy: SurveyPolicy;
  delivery: DeliveryPolicy;
}

export type SurveyCampaignResult = 'closed' | 'closed-by-manager';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

const DONE_FORM: FormField[] = [
  { name: 'done', type: 'boolean', required: true, label: t('本次调查的住户已走访/致电并录入', 'The households were visited or called and their answers entered') },
  { name: 'note', type: 'textarea', label: t('未能调查的住户及原因', 'Households not surveyed, and why') },
];

/**
 * A survey campaign (SAT-1; seed 003: opinion forms, household visits): by link, the links go out by SMS,
 * unanswered ones are reminded once after the policy's interval, and the campaign ends when the links
 * expire; by visit, phone or paper form, the service commissioners survey the households by a deadline that
 * escalates. A manager's close ends it at any time.
 */
export async function surveyCampaignWorkflow(input: SurveyCampaignInput): Promise<SurveyCampaignResult> {
  const { caseId, campaignId, policy, summary } = input;
  const kase = await openCase({ caseId, delivery: input.delivery });
  const UP: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };
  const until = (iso: string) => Math.max(1, Date.parse(iso) - Date.now());

  const started = await acts.startSurveyCampaign({ campaignId, caseId });
  if (input.method === 'LINK') {
    if (started.remindAt) {
      await condition(() => kase.closed, until(started.remindAt));
      if (!kase.closed) await acts.remindSurveyLinks({ campaignId, caseId });
    }
    await condition(() => kase.closed, until(started.closesAt));
  } else {
    const survey = await kase.openTask({
      key: 'survey',
      title: input.method === 'VISIT' ? t(`入户走访满意度调查：${summary.zh}`, `Visit the households for the survey: ${summary.en}`)
        : input.method === 'PHONE' ? t(`电话满意度调查：${summary.zh}`, `Call the households for the survey: ${summary.en}`)
          : t(`发放并录入意见征询表：${summary.zh}`, `Hand out the opinion forms and enter them: ${summary.en}`),
      candidate: { role: 'SERVICE_COMMISSIONER' },
      form: DONE_FORM,
      deadlines: [{ key: 'survey', label: t('完成调查', 'Survey done'), due: { at: started.closesAt }, escalate: UP }],
    });
    await survey.result();
  }
  const byManager = kase.closed;
  await acts.closeSurveyCampaign({ campaignId, caseId });
  await kase.finish('closed');
  return byManager ? 'closed-by-manager' : 'closed';
}
