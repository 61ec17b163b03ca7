import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** Argon2id (memory-hard), with the library's recommended cost (19 MiB, 2 passes). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The common-password list shipped with the product: the ~49,000 most used passwords of the zxcvbn-ts
 * common dictionary (npm `@zxcvbn-ts/language-common`), read once, lower-cased.
 */
let common: Set<string> | undefined;
const commonPasswords = (): Set<string> =>
  (common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));

/**
 * Why a new password is refused, or undefined when it is acceptable: at least 12 characters, not
 * blank or one character repeated, not the username (nor containing it), not on the common-password list.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const folded = password.toLowerCase();
  const squeezed = folded.replace(/\s+/g, '');
  if (new Set(squeezed).size < 3) return 'password must not be blank or one character repeated';
  const name = username.toLowerCase();
  if (name.length >= 3 && (squeezed.includes(name) || squeezed.includes(name.replace(/[._-]/g, '')))) {
    return 'password must not contain the username';
  }
  const list = commonPasswords();
  // "password1234", "Qwerty123456!": a common password with digits or punctuation around it is still common.
  const core = squeezed.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (list.has(folded) || list.has(squeezed) || (core.length >= 4 && list.has(core))) {
    return 'password is too common: it is on the list of the most used passwords';
  }
  return undefined;
}
