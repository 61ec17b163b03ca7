/**
 * The API rejects unknown fields (400), so forms send only the writable fields of a resource:
 * no `id`, no timestamps, no embedded records. Fields absent from the form stay absent.
 */
export const pickWritable =
  <K extends string>(fields: readonly K[]) =>
  (data: Record<string, unknown>): Partial<Record<K, unknown>> => {
    const result: Partial<Record<K, unknown>> = {};
    for (const field of fields) {
      if (data[field] !== undefined) result[field] = data[field];
    }
    return result;
  };
