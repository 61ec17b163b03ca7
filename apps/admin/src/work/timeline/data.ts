/** Reading the `data` of a timeline entry: written by processes as they were, any field may be missing. */

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
