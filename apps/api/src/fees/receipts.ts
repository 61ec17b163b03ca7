import type { PaymentChannel, PaymentMethod, Prisma } from '../../../../prisma/client';
import { money } from '../../../common/ledger';
import type { PdfSection } from '../../../common/pdf';

/** What a receipt writes: the method and channel in both languages, the amount in capital numerals. */
export const METHOD_TEXT: Record<PaymentMethod, string> = { CASH: '现金 Cash', CARD: '银行卡 Card', TRANSFER: '转账 Transfer', BANK_DEBIT: '银行代扣 Bank auto-debit' };
export const CHANNEL_TEXT: Record<PaymentChannel, string> = { COUNTER: '柜台 Counter', HOME: '上门收取 At home', BANK: '银行 Bank' };

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];

/** An amount in capital Chinese numerals, as receipts write it (e.g. 壹佰玖拾元伍角整). */
export function capitalYuan(amount: number): string {
  const fen = Math.round(amount * 100);
  const yuan = Math.floor(fen / 100);
  const group = (n: number) => {
    let out = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(n / 10 ** i) % 10;
      if (d === 0) zero = out !== '';
      else {
        out += (zero ? '零' : '') + DIGITS[d] + SMALL[i];
        zero = false;
      }
    }
    return out;
  };
  const high = Math.floor(yuan / 10_000);
  const low = yuan % 10_000;
  let words = (high ? group(high) + '万' : '') + (low ? (high && low < 1000 ? '零' : '') + group(low) : '');
  words = (words || '零') + '元';
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  if (!jiao && !f) return `${words}整`;
  return words + (jiao ? `${DIGITS[jiao]}角` : '零') + (f ? `${DIGITS[f]}分` : '整');
}

/** What a payment shows of its reversal: the approval that reversed it, with both people. */
export const reversalBrief = {
  select: {
    id: true,
    reason: true,
    requestedAt: true,
    decidedAt: true,
    requestedBy: { select: { id: true, displayName: true } },
    decidedBy: { select: { id: true, displayName: true } },
  },
};
export type ReversalRow = { id: number; reason: string; requestedAt: Date; decidedAt: Date | null; requestedBy: { id: number; displayName: string }; decidedBy: { id: number; displayName: string } | null };

export const presentReversal = (r: ReversalRow | null | undefined) =>
  r ? { approvalId: r.id, reason: r.reason, requestedAt: r.requestedAt, approvedAt: r.decidedAt, requestedBy: r.requestedBy, approvedBy: r.decidedBy } : null;

const local = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

interface ReceiptPayment {
  receiptNumber: string;
  amount: Prisma.Decimal;
  method: PaymentMethod;
  channel: PaymentChannel;
  reference: string | null;
  receivedAt: Date;
  reversedAt: Date | null;
  household: { name: string; unit: { number: string; building: { name: string; estate: { name: string } } } };
  collector: { displayName: string } | null;
  allocations: { amount: Prisma.Decimal; bill: { number: string; period: string; lines: { nameZh: string }[] } }[];
  reversal: ReversalRow | null;
}

/**
 * The receipt of a payment (FEE-2): number, household, amount in figures and in capitals, the bills it paid.
 * A reversed payment keeps its number and all of that, and says 已冲正 / Reversed with the reason, the date and both people.
 */
export function receiptDocument(payment: ReceiptPayment): { title: string; subtitle: string; sections: PdfSection[] } {
  const { household } = payment;
  const amount = money(payment.amount);
  const paid = payment.allocations.filter((a) => money(a.amount) > 0);
  const allocated = paid.reduce((sum, a) => sum + money(a.amount), 0);
  const reversed: PdfSection[] =
    payment.reversedAt && payment.reversal
      ? [
          {
            heading: '已冲正 / Reversed',
            lines: [
              `冲正原因 Reason：${payment.reversal.reason}`,
              `冲正时间 Reversed on：${local(payment.reversedAt)} (UTC+8)`,
              `申请人 Requested by：${payment.reversal.requestedBy.displayName}（${local(payment.reversal.requestedAt)}）`,
              `批准人 Approved by：${payment.reversal.decidedBy?.displayName ?? ''}`,
              `本收据所收款项已全部冲销，所缴账单恢复为未缴。 The amount of this receipt is reversed; the bills it paid are owed again.`,
            ],
          },
        ]
      : [];
  return {
    title: payment.reversedAt ? '收款收据（已冲正） Receipt (reversed)' : '收款收据 Receipt',
    subtitle: `${household.unit.building.estate.name} · No. ${payment.receiptNumber}`,
    sections: [
      ...reversed,
      { heading: '缴款人 Paid by', lines: [household.name, `${household.unit.building.name} ${household.unit.number}`, `${local(payment.receivedAt)} (UTC+8)`] },
      {
        heading: '金额 Amount',
        lines: [`¥ ${amount.toFixed(2)}`, `人民币（大写）${capitalYuan(amount)}`, `${METHOD_TEXT[payment.method]} · ${CHANNEL_TEXT[payment.channel]}${payment.reference ? ` · ${payment.reference}` : ''}`],
      },
      {
        heading: '收费项目 For',
        lines: [
          ...paid.map((a) => `${a.bill.number}  ${a.bill.period}  ${a.bill.lines.map((l) => l.nameZh).join('、')}  ¥ ${money(a.amount).toFixed(2)}`),
          ...(amount - allocated > 0.004 && !payment.reversedAt ? [`预收款 Paid in advance  ¥ ${(amount - allocated).toFixed(2)}`] : []),
        ],
      },
      { heading: '收款人 Received by', lines: [payment.collector?.displayName ?? '银行代扣 Bank auto-debit'] },
    ],
  };
}
