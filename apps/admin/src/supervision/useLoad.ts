import { useEffect, useState } from 'react';

/** Loads once (and again every `refreshMs` when given); keeps the last answer while reloading. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], refreshMs?: number) {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  useEffect(() => {
    let cancelled = false;
    const run = () =>
      load().then(
        (data) => !cancelled && setState({ data }),
        (error: unknown) => !cancelled && setState((s) => ({ data: s.data, error })),
      );
    void run();
    const timer = refreshMs ? setInterval(run, refreshMs) : undefined;
    return () => {
      cancelled = true;
      if (timer) clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
