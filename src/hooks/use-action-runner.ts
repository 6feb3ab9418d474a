import { useCallback, useState } from 'react';
import { errorMessage } from '../ui/error-message';

/** Runs a user action and keeps its error message for display, so a failure is said, not swallowed. */
export const useActionRunner = () => {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);
  return { error, run };
};
