import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { importContacts, undoImport, type ImportInput, type ImportReceipt } from '../../../data/import-contacts';
import { applyArchiveImport, planArchiveImport, type ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { organizationsRepository } from '../../../data/repositories/organizations-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import { useUndoStore } from '../../../stores/undo-store';

/** What the import matches against: the people and organizations already known. */
export const useKnownForImport = () =>
  useLiveQuery(async () => {
    const [stakeholders, teamMembers, organizations] = await Promise.all([stakeholdersRepository.list(), teamMembersRepository.list(), organizationsRepository.list()]);
    return {
      stakeholders: stakeholders.map((person) => ({ id: person.id, name: person.name })),
      teamMembers: teamMembers.map((person) => ({ id: person.id, name: person.name })),
      ourCompanyNames: organizations.filter((organization) => organization.kind === 'our-company').flatMap((organization) => [organization.name, ...organization.aliases]),
    };
  }, []);

/** Commits the import in one transaction and offers Undo, which removes exactly what it added. */
export const useCommitImport = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (input: ImportInput) => {
      const receipt = await importContacts(input);
      offerUndo(`Imported ${String(receipt.created.contacts.length)} contacts`, () => undoImport(receipt));
      return receipt;
    },
    [offerUndo],
  );
};

export const useUndoImport = () => useCallback((receipt: ImportReceipt) => undoImport(receipt), []);

export const usePlanArchiveImport = () => useCallback((records: Record<string, unknown[]>) => planArchiveImport(records), []);

export const useApplyArchiveImport = () =>
  useCallback((planned: ArchiveImportPlan, choices: Record<string, 'local' | 'archive'>) => applyArchiveImport(planned, choices), []);
