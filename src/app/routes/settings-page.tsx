import { RuleSettings } from '../../features/settings/components/rule-settings';
import { StorageSummary } from '../../features/settings/components/storage-summary';

export const SettingsPage = () => (
  <>
    <title>Settings · Contact Plan</title>
    <h1>Settings</h1>
    <StorageSummary />
    <RuleSettings />
    <section aria-labelledby="backup-heading" className="notice">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        <strong>Coming soon:</strong> Back up everything to one file and Restore backup, with a reminder when the last backup is
        more than a week old.
      </p>
    </section>
  </>
);
