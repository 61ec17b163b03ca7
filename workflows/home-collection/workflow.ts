import { proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual, Escalation, FormField } from '../core/types';
import type { HomeCollectionActivities } from './activities';

const acts = proxyActivities<HomeCollectionActivities>({ startToCloseTimeout: '1 minute' });
const t = (zh: string, en: string): Bilingual => ({ zh, en });
const UP: Escalation = { bringIn: 'next-in-chain', notify: true };

export interface HomeCollectionInput {
  caseId: number;
  householdId: number;
  /** ISO instant agreed with the household. */
  appointmentAt: string;
  /** What the household asked for when booking, shown on the cashier's tasks. */
  note?: string;
  delivery: DeliveryPolicy;
}

const CONFIRM_FORM: FormField[] = [
  { name: 'nameConfirmed', type: 'boolean', required: true, label: t('已核对住户及业主姓名', "Checked the resident's and the owner's names") },
  { name: 'addressConfirmed', type: 'boolean', required: true, label: t('已核对住址', 'Checked the address') },
  { name: 'timeConfirmed', type: 'boolean', required: true, label: t('已确认上门时间', 'Confirmed the time of the visit') },
  { name: 'billsPrinted', type: 'boolean', required: true, label: t('已备好账单，携带收据上门', 'Bills printed; taking the receipt book') },
];

const COLLECT_FORM: FormField[] = [
  { name: 'amount', type: 'number', required: true, label: t('实收金额（元，未收到填 0）', 'Amount collected (CNY; 0 if nothing)') },
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('收款方式', 'Method'),
    options: [
      { value: 'CASH', label: t('现金', 'Cash') },
      { value: 'CARD', label: t('刷卡', 'Card') },
    ],
  },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/**
 * FEE-2: collection at home by appointment. The cashier confirms name, address and time and brings the
 * receipt; what is collected becomes a payment with its numbered receipt.
 */
export async function homeCollectionWorkflow(input: HomeCollectionInput): Promise<'collected' | 'nothing' | 'cancelled'> {
  const kase = await openCase({ caseId: input.caseId, delivery: input.delivery });
  // The appointment in local time (China Standard Time) and the booking note, on the cashier's tasks.
  const at = new Date(Date.parse(input.appointmentAt) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  const note = input.note?.trim() ? ` · ${input.note.trim()}` : '';
  const confirm = await kase.openTask({
    key: 'confirm',
    title: t(`上门收费（约定 ${at}）：确认姓名、住址和时间，备好收据${note}`, `Home collection (booked for ${at}): confirm name, address and time; bring the receipt${note}`),
    candidate: { role: 'CASHIER' },
    form: CONFIRM_FORM,
    deadlines: [{ due: { after: 'PT2H', business: true }, escalate: UP }],
  });
  if ((await confirm.result()).status !== 'completed') return 'cancelled';
  const collect = await kase.openTask({
    key: 'collect',
    title: t(`按约定时间上门收费（${at}）${note}`, `Collect at the agreed time (${at})${note}`),
    candidate: { role: 'CASHIER' },
    form: COLLECT_FORM,
    deadlines: [{ due: { at: new Date(Date.parse(input.appointmentAt) + 4 * 3600_000).toISOString() }, escalate: UP }],
  });
  const outcome = await collect.result();
  if (outcome.status !== 'completed') return 'cancelled';
  const amount = Number(outcome.formData.amount);
  if (amount > 0) {
    await acts.recordHomePayment({
      caseId: input.caseId,
      householdId: input.householdId,
      amount,
      method: outcome.formData.method === 'CARD' ? 'CARD' : 'CASH',
      collectorId: outcome.completedBy,
      note: typeof outcome.formData.note === 'string' ? outcome.formData.note : undefined,
    });
  }
  await kase.finish(amount > 0 ? 'collected' : 'nothing collected');
  return amount > 0 ? 'collected' : 'nothing';
}
