import { useMemo } from 'react';
import { newRequestId } from './requestId';

/**
 * One request id per filling of a form (requestId.ts): the same while the form is open, so a double press or a
 * retry after a lost answer stores one record; a new one whenever `filling` changes (the dialog opens again).
 */
export const useRequestId = (prefix: string, filling: unknown = 0): string =>
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useMemo(() => newRequestId(prefix), [prefix, filling]);
