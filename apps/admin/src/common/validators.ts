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

/** At most two decimals (areas in m²). */
export const twoDecimals: Validator = (value) =>
  value == null || value === '' || Math.round(Number(value) * 100) === Number(value) * 100
    ? undefined
    : 'estate.validation.two_decimals';
