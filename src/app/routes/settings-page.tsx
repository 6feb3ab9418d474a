import { BackupRestore } from '../../features/settings/components/backup-restore';
import { RuleSettings } from '../../features/settings/components/rule-settings';
import { TeamServerSettings } from '../../features/sharing/components/team-server-settings';
import { StorageSummary } from '../../features/settings/components/storage-summary';

export const SettingsPage = () => (
  <>
    <title>Settings · Contact Plan</title>
    <h1>Settings</h1>
    <TeamServerSettings />
    <StorageSummary />
    <BackupRestore />
    <RuleSettings />
  </>
);
