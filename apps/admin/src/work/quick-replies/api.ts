import { useQuery } from '@tanstack/react-query';
import { API_URL, httpClient } from '../../http';

/** One quick reply as the API offers it (`GET /quick-replies`, the `quick-replies` policy in force). */
export interface QuickReply {
  key: string;
  processes: string[];
  title: { zh: string; en: string };
  text: { zh: string; en: string };
}

/** The quick replies offered for a process (those of every process included); all of them without one. */
export const useQuickReplies = (process?: string) =>
  useQuery({
    queryKey: ['quick-replies', process ?? ''],
    queryFn: async () => {
      const query = process ? `?process=${encodeURIComponent(process)}` : '';
      return ((await httpClient(`${API_URL}/quick-replies${query}`)).json as { replies: QuickReply[] }).replies;
    },
    staleTime: 5 * 60_000,
  });

/** Adds a reply to what is written: the reply alone in an empty box, else after it on a new line. */
export const withReply = (current: string, reply: string): string => (current.trim() ? `${current.replace(/\s+$/, '')}\n${reply}` : reply);
