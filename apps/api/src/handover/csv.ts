/**
 * The property developer's handover list, as CSV: a header line, then one line per unit sold with the unit
 * ("<building code>/<unit number>"), the buyer's name, identity number and mobile phone. Quoted fields may hold
 * commas and doubled quotes. Every line is checked; one bad line refuses the whole list (nothing is imported).
 */
export interface HandoverLine {
  line: number;
  buildingCode: string;
  unitNumber: string;
  buyerName: string;
  idNumber: string;
  phone: string;
}

export interface LineError {
  line: number;
  message: string;
}

/** The columns in order, with the header names accepted for each (Chinese or English). */
const COLUMNS = [
  ['unit', '房号', '房屋'],
  ['buyer name', 'buyer', 'name', '购房人', '业主姓名', '姓名'],
  ['id number', 'id', '身份证号', '证件号码'],
  ['phone', 'mobile', '手机', '电话', '联系电话'],
];

/** Splits one line into fields (RFC 4180 quoting within the line). Null when a quote is left open. */
function fields(text: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  out.push(field);
  return out.map((f) => f.trim());
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A mainland resident identity card number: 18 characters, a real birth date, the check character right. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return false;
  const sum = WEIGHTS.reduce((n, w, i) => n + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** Another identity document (passport, Hong Kong/Macau/Taiwan permit): a letter, then 5-17 letters or digits. */
const OTHER_ID = /^[A-Z][A-Z0-9]{5,17}$/;
const MOBILE = /^1\d{10}$/;
const UNIT = /^([A-Za-z0-9-]{1,20})\s*\/\s*([A-Za-z0-9-]{1,20})$/;

export function parseHandoverCsv(text: string): { lines: HandoverLine[]; errors: LineError[] } {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: LineError[] = [];
  const lines: HandoverLine[] = [];
  const header = fields(rows[0] ?? '');
  const names = (header ?? []).map((h) => h.toLowerCase());
  if (!header || names.length !== 4 || !COLUMNS.every((accepted, i) => accepted.includes(names[i]))) {
    return { lines, errors: [{ line: 1, message: 'the first line must be the header: unit, buyer name, id number, phone' }] };
  }
  const seen = new Map<string, number>();
  rows.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (!raw.trim()) return;
    const f = fields(raw);
    if (!f) return void errors.push({ line, message: 'a quote is not closed' });
    if (f.length !== 4) return void errors.push({ line, message: `has ${f.length} fields; a line has 4: unit, buyer name, id number, phone` });
    const [unit, buyerName, rawId, rawPhone] = f;
    const idNumber = rawId.toUpperCase().replace(/\s/g, '');
    const phone = rawPhone.replace(/[\s-]/g, '');
    const m = UNIT.exec(unit);
    if (!m) return void errors.push({ line, message: `unit "${unit.slice(0, 40)}" must be written <building code>/<unit number>, e.g. B2/1-0302` });
    if (!buyerName || buyerName.length > 100 || /[\u0000-\u001f]/.test(buyerName)) return void errors.push({ line, message: 'buyer name is required (at most 100 characters)' });
    if (!isResidentId(idNumber) && !(OTHER_ID.test(idNumber) && !/^\d/.test(idNumber))) return void errors.push({ line, message: 'id number is not a valid identity card number (18 characters with a correct check digit) or passport/permit number' });
    if (!MOBILE.test(phone)) return void errors.push({ line, message: 'phone must be a mobile number of 11 digits (the notice goes by SMS)' });
    const key = `${m[1]}/${m[2]}`.toUpperCase();
    if (seen.has(key)) return void errors.push({ line, message: `unit ${m[1]}/${m[2]} is already on line ${seen.get(key)}` });
    seen.set(key, line);
    lines.push({ line, buildingCode: m[1], unitNumber: m[2], buyerName, idNumber, phone });
  });
  if (!lines.length && !errors.length) errors.push({ line: 2, message: 'the list has no units' });
  return { lines, errors };
}
