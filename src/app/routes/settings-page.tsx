import { BackupRestore } from '../../features/settings/components/backup-restore';
import { RuleSettings } from '../../features/settings/components/rule-settings';
import { StorageSummary } from '../../features/settings/components/storage-summary';

export const SettingsPage = () => (
  <>
    <title>Settings · Contact Plan</title>
    <h1>Settings</h1>
    <StorageSummary />
    <BackupRestore />
    <RuleSettings />
  </>
);
