import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../../../data/db';
import type { OpportunityId } from '../../../domain/ids';
import { pursuitDatabaseName } from '../../../data/sync/documents';
import { readServerUrl, readSession, signIn, signOut, type ServerSession } from '../../../data/sync/server-session';
import { joinSharedPursuit, requestSharing, startSharing } from '../../../data/sync/share';
import { readConflicts, readSyncProblems, readWaitingChanges, resolveConflict } from '../../../data/sync/sync-queries';
import { restartSync } from '../../../data/sync/sync-runner';
import type { SyncProblem } from '../../../data/sync/sync-tables';
import { useSettingsStore } from '../../../stores/settings-store';
import { useSyncStatusStore } from '../../../stores/sync-status-store';

export const useSyncStatus = () => useSyncStatusStore((state) => state.status);
export const useTeamServerUrl = () => useSettingsStore((state) => state.teamServerUrl);

/** Changes not yet on the server, per database name. */
export const useWaitingChanges = () => useLiveQuery(() => readWaitingChanges(db), [], {} as Record<string, number>);
export const useSyncProblems = (databaseName?: string) =>
  useLiveQuery(() => readSyncProblems(db, databaseName), [databaseName], [] as SyncProblem[]);
export const useConflicts = (databaseName?: string) =>
  useLiveQuery(() => readConflicts(db, databaseName), [databaseName]);
export const useSharedPursuit = (opportunityId: string) =>
  useLiveQuery(async () => (await db.sharedPursuits.get(opportunityId)) ?? null, [opportunityId]);
export const useSharedPursuitIds = () =>
  useLiveQuery(async () => new Set(await db.sharedPursuits.toCollection().primaryKeys()), [], new Set<string>());

export const useResolveConflict = () =>
  useCallback((problem: SyncProblem, chosen: Record<string, unknown>) => resolveConflict(db, problem, chosen), []);

/** Sets the server and signs in; sync starts again with the new session. */
export const useSignIn = () => {
  const setTeamServerUrl = useSettingsStore((state) => state.setTeamServerUrl);
  return useCallback(
    async (typedUrl: string, name: string, password: string): Promise<{ problem: string } | ServerSession> => {
      const address = readServerUrl(typedUrl);
      if ('problem' in address) return address;
      const session = await signIn(address.url, name, password);
      if (session.kind === 'signed-in') {
        setTeamServerUrl(address.url);
        await restartSync();
      }
      return session;
    },
    [setTeamServerUrl],
  );
};

export const useSignOut = () => {
  const setTeamServerUrl = useSettingsStore((state) => state.setTeamServerUrl);
  return useCallback(
    async (serverUrl: string) => {
      await signOut(serverUrl);
      setTeamServerUrl(serverUrl);
      await restartSync();
    },
    [setTeamServerUrl],
  );
};

export const useReadSession = () => useCallback((serverUrl: string) => readSession(serverUrl), []);

/** Shares a pursuit through the server: asked of the server first, then every record queued to send. */
export const useSharePursuit = () =>
  useCallback(async (serverUrl: string, opportunity: { id: string; name: string }, sharedBy: string) => {
    await requestSharing(serverUrl, opportunity, sharedBy);
    await startSharing(db, opportunity.id, serverUrl);
  }, []);

export const useJoinPursuit = () =>
  useCallback((serverUrl: string, opportunityId: string) => joinSharedPursuit(db, opportunityId, serverUrl), []);

export { pursuitDatabaseName };

/** Which of these opportunities this browser has (a pursuit opened here arrives record by record). */
export const useOpportunitiesHere = (ids: readonly string[]): Set<string> =>
  useLiveQuery(
    async () =>
      new Set(
        (await db.opportunities.bulkGet(ids.map((id) => id as OpportunityId))).flatMap((found) =>
          found ? [found.id] : [],
        ),
      ),
    [ids.join(',')],
    new Set<string>(),
  );
