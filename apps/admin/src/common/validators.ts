import { regex, type Validator } from 'react-admin';

/**
 * Client-side copies of the API's field rules, so that staff see a translated message before
 * saving. The API stays the authority: its own messages show if a rule differs.
 */
export const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;
export const phone = regex(PHONE, 'estate.validation.phone');
export const username = regex(/^[a-z0-9._-]{3,32}$/, 'estate.validation.username');
export const buildingCode = regex(/^[A-Za-z0-9-]{1,10}$/, 'estate.validation.code');
export const unitNumber = regex(/^[A-Za-z0-9-]{1,20}$/, 'estate.validation.code');

export const integer: Validator = (value) =>
  value == null || value === '' || Number.isInteger(Number(value)) ? undefined : 'estate.validation.integer';

/** At most two decimals (areas in m², amounts in yuan). Compared with a tolerance: 19.99 × 100 is 1998.9999999999998. */
export const twoDecimals: Validator = (value) =>
  value == null || value === '' || Math.abs(Math.round(Number(value) * 100) - Number(value) * 100) < 1e-6
    ? undefined
    : 'estate.validation.two_decimals';

/** Above zero (an amount of money). */
export const positive: Validator = (value) =>
  value == null || value === '' || Number(value) > 0 ? undefined : 'estate.validation.positive';

/** Zero or more. */
export const notNegative: Validator = (value) =>
  value == null || value === '' || Number(value) >= 0 ? undefined : 'estate.validation.not_negative';

/** A month "YYYY-MM" (billing periods). */
export const period = regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'estate.validation.period');

/** Text of spaces only counts as empty (a reason, a note the API requires). */
export const notBlank: Validator = (value) => (typeof value === 'string' && value !== '' && value.trim() === '' ? 'ra.validation.required' : undefined);
