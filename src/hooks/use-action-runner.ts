import { useCallback, useState } from 'react';

/** Runs a user action and keeps its error message for display, so a failure is said, not swallowed. */
export const useActionRunner = () => {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Something went wrong. Nothing was saved; please try again.');
    }
  }, []);
  return { error, run };
};
