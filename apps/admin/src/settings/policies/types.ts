import type { RaRecord } from 'react-admin';

export interface Policy extends RaRecord {
  key: string;
  version: number;
  data: unknown;
  note: string | null;
  createdById: number | null;
  createdAt: string;
}
