import { useImportActivityStore } from '../stores/import-activity-store';

/** Says, after the fact, that an import was stopped before it finished: nothing of it was saved. */
export const DroppedImportBanner = () => {
  const dropped = useImportActivityStore((state) => state.dropped);
  const dismiss = useImportActivityStore((state) => state.dismissDropped);
  if (dropped === null) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>The import of {dropped} was stopped before it finished</strong> (the page was left or reloaded while it
        was being written). Nothing of it was saved: your plans are as they were before. Import the file again to add
        it.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
};
