import { useState } from 'react';
import { useActionRunner } from '../../../hooks/use-action-runner';

type ExportButtonProps = { label: string; busyLabel: string; onExport: () => Promise<void> };

/** A button for a long export: says it is working (the page stays usable) and says when it failed. */
export const ExportButton = ({ label, busyLabel, onExport }: ExportButtonProps) => {
  const [isBusy, setIsBusy] = useState(false);
  const { error, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={isBusy}
        aria-busy={isBusy}
        onClick={() => {
          setIsBusy(true);
          void run(onExport).finally(() => setIsBusy(false));
        }}
      >
        {isBusy ? busyLabel : label}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
};
