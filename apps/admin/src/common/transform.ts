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

/** The parse of a filter switch: filters when on, drops the filter when off (null, not false). */
export const onOnly = (value: unknown) => (value ? true : null);
