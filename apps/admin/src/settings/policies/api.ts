import { useQuery } from '@tanstack/react-query';
import { API_URL, httpClient } from '../../http';

/** A policy as it is in force (GET /policies/in-force): the latest saved version over the defaults. */
export interface PolicyInForce {
  key: string;
  /** 0: never changed, the process's defaults apply. */
  version: number;
  data: Record<string, unknown>;
  defaults: Record<string, unknown>;
  note: string | null;
  createdAt: string | null;
  createdBy: { id: number; displayName: string } | null;
}

/** Every policy in force; react-admin's refresh reads it again (its key starts with the resource). */
export const usePoliciesInForce = () =>
  useQuery({
    queryKey: ['policies', 'in-force'],
    queryFn: async () => (await httpClient(`${API_URL}/policies/in-force`)).json as PolicyInForce[],
  });
