import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useUnsavedChangesStore } from '../stores/unsaved-changes-store';

/** How often an open tab asks whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The installed app's service worker (Settings says whether it works offline): tells the user when
 * a new version is ready. The new version waits until the user chooses "Update now" (never on its own),
 * and a form with unsaved changes is named first, so an update never throws typing away.
 */
export const UpdatePrompt = () => {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | undefined>();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: (_url, registered) => setRegistration(registered) });
  const unsavedForms = Object.values(useUnsavedChangesStore((state) => state.forms));
  const [isConfirming, setIsConfirming] = useState(false);

  useEffect(() => {
    if (!registration) return undefined;
    const timer = window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [registration]);

  const update = () => {
    if (unsavedForms.length > 0 && !isConfirming) {
      setIsConfirming(true);
      return;
    }
    void updateServiceWorker(true);
  };

  if (needRefresh)
    return (
      <section className="update-prompt" aria-labelledby="update-heading">
        <h2 id="update-heading">Update available</h2>
        <p>
          A new version of Contact Plan is ready. Everything you have saved stays as it is; the page reloads to switch.
        </p>
        {isConfirming ? (
          <p role="alert" className="form-error">
            Not saved yet: {unsavedForms.map((label) => `“${label}”`).join(', ')}. Finish or cancel first, or update
            anyway and lose {unsavedForms.length === 1 ? 'it' : 'them'}.
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={update}>
            {isConfirming ? 'Update anyway' : 'Update now'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setIsConfirming(false);
              setNeedRefresh(false);
            }}
          >
            Later
          </button>
        </div>
      </section>
    );

  return null;
};
