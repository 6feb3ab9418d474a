import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/db';
import { readRecordNames } from '../data/sync/sync-queries';

/** Names of people, organizations, opportunities and messages by id, to show records in words. */
export const useRecordNames = (): ReadonlyMap<string, string> =>
  useLiveQuery(() => readRecordNames(db), [], new Map<string, string>());
