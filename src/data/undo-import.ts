import type { Contact } from '../domain/contact';
import { nowTimestamp } from '../domain/record';
import type { Stakeholder } from '../domain/stakeholder';
import type { TeamMember } from '../domain/team-member';
import { chunksOf, type ImportReceipt } from './import-contacts';
import { typedTable, validateForWrite, writeTransaction } from './repositories/record-access';

/** Something Undo left in place because it changed after the import, and why. */
export type KeptAfterUndo = {
  kind: 'contact' | 'opportunity' | 'stakeholder' | 'team member';
  name: string;
  why: string;
};

export type ImportUndoReport = { kept: KeptAfterUndo[] };

const EDITED = 'changed since the import';

/**
 * Undo takes back only what the import did. A record it created and nobody touched since goes;
 * one edited since (or that something added since depends on) stays, and is listed. People it
 * linked to an opportunity lose that link only, and only where no remaining contact needs it: any
 * edit made to them in the meantime (a note typed in another tab) is kept. A person untouched
 * since is put back exactly as before.
 */
export const undoImport = async (receipt: ImportReceipt): Promise<ImportUndoReport> =>
  writeTransaction(
    'the undo of the import',
    [
      'opportunities',
      'organizations',
      'stakeholders',
      'teamMembers',
      'contacts',
      'debriefs',
      'outcomes',
      'actionItems',
      'messages',
    ],
    async () => {
      const kept: KeptAfterUndo[] = [];
      const isEditedSince = (record: { updatedAt: string }) => record.updatedAt > receipt.finishedAt;

      // Contacts, in chunks so undoing 100,000 never holds the page for long.
      for (const ids of chunksOf(receipt.created.contacts)) {
        const current = await typedTable('contacts').bulkGet(ids);
        const edited = current.filter((contact): contact is Contact => contact !== undefined && isEditedSince(contact));
        for (const contact of edited) kept.push({ kind: 'contact', name: contactName(contact), why: EDITED });
        const editedIds = new Set<string>(edited.map((contact) => contact.id));
        await typedTable('contacts').bulkDelete(ids.filter((id) => !editedIds.has(id)));
      }

      // An opportunity goes unless edited since or something still belongs to it.
      const removedOpportunityIds = new Set<string>();
      for (const id of receipt.created.opportunities) {
        const opportunity = await typedTable('opportunities').get(id);
        if (!opportunity) continue;
        const belongings = await countBelongings(id);
        if (isEditedSince(opportunity) || belongings > 0) {
          kept.push({
            kind: 'opportunity',
            name: opportunity.name,
            why: isEditedSince(opportunity) ? EDITED : 'records added since belong to it',
          });
          continue;
        }
        await typedTable('opportunities').delete(id);
        removedOpportunityIds.add(id);
      }

      await undoPeople('stakeholders', receipt, removedOpportunityIds, kept);
      await undoPeople('teamMembers', receipt, removedOpportunityIds, kept);

      // Organizations go unless edited since or still named by a person or an opportunity.
      if (receipt.created.organizations.length > 0) {
        const inUse = new Set<string>([
          ...(await typedTable('stakeholders').toArray()).flatMap((person) => person.organizationId ?? []),
          ...(await typedTable('opportunities').toArray()).flatMap(
            (opportunity) => opportunity.customerOrganizationId ?? [],
          ),
        ]);
        const current = await typedTable('organizations').bulkGet(receipt.created.organizations);
        await typedTable('organizations').bulkDelete(
          current.flatMap((organization) =>
            organization && !isEditedSince(organization) && !inUse.has(organization.id) ? [organization.id] : [],
          ),
        );
      }
      return { kept };
    },
  );

const contactName = (contact: Contact) =>
  contact.location || contact.objective || (contact.date ? `the contact of ${contact.date}` : 'an undated contact');

/** Records that belong to an opportunity, whoever added them. */
const countBelongings = async (opportunityId: string): Promise<number> => {
  const counts = await Promise.all(
    (['contacts', 'debriefs', 'outcomes', 'actionItems', 'messages'] as const).map((name) =>
      typedTable(name).where('opportunityId').equals(opportunityId).count(),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
};

/** The opportunities in which a remaining contact names each of these people. */
const stillNamedIn = async (
  table: 'stakeholders' | 'teamMembers',
  personIds: ReadonlySet<string>,
): Promise<Map<string, Set<string>>> => {
  const named = new Map<string, Set<string>>();
  if (personIds.size === 0) return named;
  const note = (contact: Contact, ids: readonly string[]) => {
    for (const id of ids) {
      if (!personIds.has(id)) continue;
      const opportunities = named.get(id) ?? new Set<string>();
      opportunities.add(contact.opportunityId);
      named.set(id, opportunities);
    }
  };
  if (table === 'stakeholders') {
    const contacts = await typedTable('contacts')
      .where('stakeholderIds')
      .anyOf([...personIds])
      .toArray();
    for (const contact of contacts) note(contact, contact.stakeholderIds);
  } else {
    // Attendees have no index (it would slow every import): one pass over the contacts.
    await typedTable('contacts').each((contact) => note(contact, contact.attendeeIds));
  }
  return named;
};

const undoPeople = async (
  table: 'stakeholders' | 'teamMembers',
  receipt: ImportReceipt,
  removedOpportunityIds: ReadonlySet<string>,
  kept: KeptAfterUndo[],
) => {
  const kind = table === 'stakeholders' ? 'stakeholder' : 'team member';
  const people = typedTable(table);
  const created = receipt.created[table];
  const changed: readonly (Stakeholder | TeamMember)[] = receipt.changed[table];
  const named = await stillNamedIn(table, new Set([...created, ...changed.map((person) => person.id)]));
  const imported = new Set(receipt.opportunityIds);
  /** The links to the import's opportunities the person did not have before, and which of them nothing needs now. */
  const linksOf = (person: Stakeholder | TeamMember, before: readonly string[]) => {
    const added = person.opportunityIds.filter((id) => imported.has(id) && !before.includes(id));
    const drop = new Set(added.filter((id) => removedOpportunityIds.has(id) || !named.get(person.id)?.has(id)));
    return { added, drop };
  };
  const withoutLinks = (person: Stakeholder | TeamMember, drop: ReadonlySet<string>) =>
    people.put(
      validateForWrite(table, {
        ...person,
        opportunityIds: person.opportunityIds.filter((id) => !drop.has(id)),
        updatedAt: nowTimestamp(),
      }),
    );

  // People the import created: gone unless edited since or named by a remaining contact.
  for (const person of await people.bulkGet(created)) {
    if (!person) continue;
    const isNamed = (named.get(person.id)?.size ?? 0) > 0;
    const isEdited = person.updatedAt > receipt.finishedAt;
    if (!isEdited && !isNamed) {
      await people.delete(person.id);
      continue;
    }
    kept.push({ kind, name: person.name, why: isEdited ? EDITED : 'a contact added since names them' });
    const { drop } = linksOf(person, []);
    if (drop.size > 0) await withoutLinks(person, drop);
  }

  // Known people the import linked: exactly as before when untouched since; else only its links go.
  const current = await people.bulkGet(changed.map((person) => person.id));
  for (const [index, before] of changed.entries()) {
    const person = current[index];
    if (!person) continue;
    const { added, drop } = linksOf(person, before.opportunityIds);
    const isUntouched = person.updatedAt === receipt.writtenAt;
    if (isUntouched && drop.size === added.length) {
      await people.put(before);
      continue;
    }
    if (!isUntouched) kept.push({ kind, name: person.name, why: `${EDITED}: their edits stay` });
    if (drop.size > 0) await withoutLinks(person, drop);
  }
};
