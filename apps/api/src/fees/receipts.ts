import type { PaymentChannel, PaymentMethod } from '../../../../prisma/client';

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
