import { API_URL, httpClient } from '../http';
import type { AnswerValue, PublicSurvey, SurveyFigures } from './types';

const query = (values: Record<string, string>) => `?${new URLSearchParams(values).toString()}`;

/** The survey endpoints that are not react-admin's CRUD: the figures (signed in). */
export const surveysApi = {
  /** `to` is the day after the period's last one (the API counts up to it, excluded). */
  figures: async (from: string, to: string) => (await httpClient(`${API_URL}/surveys/figures${query({ from, to })}`)).json as SurveyFigures,
};

/** Why the public page cannot show the survey: each has its own page. */
export type PublicRefusal = 'invalid' | 'answered' | 'expired' | 'busy' | 'failed';

const refusalOf = (status: number): PublicRefusal =>
  status === 404 ? 'invalid' : status === 409 ? 'answered' : status === 410 ? 'expired' : status === 429 ? 'busy' : 'failed';

/**
 * The resident's side, without signing in: plain `fetch` with the token only (no Authorization header, and no
 * data provider, so a refusal never touches the staff's session).
 */
export const publicSurveyApi = {
  async load(token: string): Promise<PublicSurvey | PublicRefusal> {
    try {
      const res = await fetch(`${API_URL}/public/surveys/${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } });
      return res.ok ? ((await res.json()) as PublicSurvey) : refusalOf(res.status);
    } catch {
      return 'failed';
    }
  },
  async answer(token: string, answers: { questionId: string; value: AnswerValue }[]): Promise<'thanks' | PublicRefusal | { errors: { field: string }[] }> {
    try {
      const res = await fetch(`${API_URL}/public/surveys/${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ answers }),
      });
      if (res.ok) return 'thanks';
      if (res.status === 400) return (await res.json()) as { errors: { field: string }[] };
      return refusalOf(res.status);
    } catch {
      return 'failed';
    }
  },
};
