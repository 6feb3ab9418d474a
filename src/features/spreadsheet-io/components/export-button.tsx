import { useRef, useState } from 'react';
import { isCancelled } from '../../../data/worker-jobs';
import { useActionRunner } from '../../../hooks/use-action-runner';

type ExportButtonProps = { label: string; busyLabel: string; onExport: (signal: AbortSignal) => Promise<void> };

/** A button for a long export: says it is working (the page stays usable), can be cancelled, and says when it failed. */
export const ExportButton = ({ label, busyLabel, onExport }: ExportButtonProps) => {
  const [isBusy, setIsBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
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
          controller.current = new AbortController();
          const { signal } = controller.current;
          void run(async () => {
            try {
              await onExport(signal);
            } catch (caught) {
              if (!isCancelled(caught)) throw caught;
            }
          }).finally(() => setIsBusy(false));
        }}
      >
        {isBusy ? busyLabel : label}
      </button>
      {isBusy ? (
        <button type="button" className="button button-small" onClick={() => controller.current?.abort()}>
          Cancel export
        </button>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
};
