/**
 * A random id for one filling of a form. The API answers the first result again for a request id it has
 * seen, so a double click or a resent request creates one record (a payment, a complaint and its case).
 * `crypto.randomUUID` needs a secure context; `getRandomValues` works everywhere.
 */
export const newRequestId = (prefix: string): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};
