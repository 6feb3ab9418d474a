import type { Contact } from '../domain/contact';
import type { ContactToImport } from '../domain/import/contact-to-import';
import { newId, type ContactItemId, type OpportunityId } from '../domain/ids';
import { personKey } from '../domain/import/name-match';
import { normalizeName, organizationMatchesName, type Organization } from '../domain/organization';
import type { Opportunity } from '../domain/opportunity';
import { nowTimestamp } from '../domain/record';
import type { Stakeholder } from '../domain/stakeholder';
import type { TeamMember } from '../domain/team-member';
import { db } from './db';
import { buildRecord, validateForWrite } from './repositories/record-access';

/** Contacts matched and written per step of an import (see importContacts). */
export const IMPORT_CHUNK_SIZE = 1000;

/** How far a commit has got, in contacts. */
export type ImportProgress = { done: number; total: number };

const chunksOf = <Item>(items: readonly Item[]): Item[][] =>
  Array.from({ length: Math.ceil(items.length / IMPORT_CHUNK_SIZE) }, (_, index) =>
    items.slice(index * IMPORT_CHUNK_SIZE, (index + 1) * IMPORT_CHUNK_SIZE),
  );

/** A row's opportunity and people, once matched to existing records or created. */
type MatchedRow = Pick<Contact, 'opportunityId' | 'stakeholderIds' | 'attendeeIds'>;

export type ImportInput = {
  contacts: ContactToImport[];
  /** Contacts whose opportunity name is empty go here (importing inside an opportunity). */
  targetOpportunityId: string | null;
  /** Names the user confirmed as the same person as a known one (close spelling): name → existing id. */
  confirmedMatches: Record<string, string>;
};

/** What an import did, so Undo can remove exactly what it added and restore what it changed. */
export type ImportReceipt = {
  created: {
    opportunities: string[];
    organizations: string[];
    stakeholders: string[];
    teamMembers: string[];
    contacts: string[];
  };
  changed: { stakeholders: Stakeholder[]; teamMembers: TeamMember[] };
  matched: { opportunities: number; stakeholders: number; teamMembers: number; organizations: number };
  opportunityIds: string[];
};

/**
 * Writes a whole import in one transaction: opportunities, organizations and people are matched to
 * existing ones (name, alias, "Last, First", case and accents, or a match the user confirmed) or
 * created once, then the contacts are added. Any invalid record aborts it all: nothing is written.
 */
export const importContacts = async (
  input: ImportInput,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReceipt> => {
  db.assertWritable();
  const tables = [db.opportunities, db.organizations, db.stakeholders, db.teamMembers, db.contacts];
  return db.transaction('rw', tables, async () => {
    const receipt: ImportReceipt = {
      created: { opportunities: [], organizations: [], stakeholders: [], teamMembers: [], contacts: [] },
      changed: { stakeholders: [], teamMembers: [] },
      matched: { opportunities: 0, stakeholders: 0, teamMembers: 0, organizations: 0 },
      opportunityIds: [],
    };
    const now = nowTimestamp();
    const opportunities = await db.opportunities.toArray();
    const organizations = await db.organizations.toArray();
    const stakeholders = new Map<string, Stakeholder>(
      (await db.stakeholders.toArray()).map((person) => [personKey(person.name), person]),
    );
    const teamMembers = new Map<string, TeamMember>(
      (await db.teamMembers.toArray()).map((person) => [personKey(person.name), person]),
    );
    const byIdStakeholders = new Map([...stakeholders.values()].map((person) => [person.id as string, person]));
    const byIdTeam = new Map([...teamMembers.values()].map((person) => [person.id as string, person]));
    const matchedOnce = new Set<string>();
    // Sets and maps, not array scans: a 100,000-row import must not be quadratic.
    const createdIds = new Set<string>();
    const changedIds = new Set<string>();
    const opportunitiesByName = new Map(
      opportunities.map((opportunity) => [normalizeName(opportunity.name), opportunity]),
    );
    const countMatch = (kind: keyof ImportReceipt['matched'], id: string) => {
      if (!matchedOnce.has(id)) receipt.matched[kind] += 1;
      matchedOnce.add(id);
    };

    // Records created since the last write; written in chunks as the rows are worked through.
    let newRecords = { opportunities: [] as Opportunity[], organizations: [] as Organization[] };

    const opportunityFor = (name: string): Opportunity => {
      if (name.trim() === '' && input.targetOpportunityId) {
        const target = opportunities.find((opportunity) => opportunity.id === input.targetOpportunityId);
        if (target) return target;
      }
      const wanted = normalizeName(name || 'Imported contact plan');
      const existing = opportunitiesByName.get(wanted);
      if (existing) {
        if (!createdIds.has(existing.id)) countMatch('opportunities', existing.id);
        return existing;
      }
      const created = buildRecord('opportunities', {
        name: name.trim() || 'Imported contact plan',
        customerOrganizationId: null,
        solicitationNumber: '',
        stage: 'capture-planning',
        draftRfpDate: null,
        finalRfpDate: null,
        proposalDueDate: null,
        awardDate: null,
        quietPeriodStart: null,
        notes: 'Created by a spreadsheet import.',
      });
      opportunities.push(created);
      newRecords.opportunities.push(created);
      opportunitiesByName.set(wanted, created);
      createdIds.add(created.id);
      receipt.created.opportunities.push(created.id);
      return created;
    };

    const organizationsByName = new Map<string, Organization>();
    const organizationFor = (name: string): Organization | null => {
      if (name.trim() === '') return null;
      const known = organizationsByName.get(normalizeName(name));
      const existing = known ?? organizations.find((organization) => organizationMatchesName(organization, name));
      if (existing) {
        organizationsByName.set(normalizeName(name), existing);
        if (!createdIds.has(existing.id)) countMatch('organizations', existing.id);
        return existing;
      }
      const created = buildRecord('organizations', {
        name: name.trim(),
        kind: 'customer',
        parentId: null,
        aliases: [],
        notes: '',
      });
      organizations.push(created);
      newRecords.organizations.push(created);
      organizationsByName.set(normalizeName(name), created);
      createdIds.add(created.id);
      receipt.created.organizations.push(created.id);
      return created;
    };

    const link = <Person extends Stakeholder | TeamMember>(
      person: Person,
      opportunityId: OpportunityId,
      changed: Person[],
    ): Person => {
      if (person.opportunityIds.includes(opportunityId)) return person;
      if (!createdIds.has(person.id) && !changedIds.has(person.id)) {
        changed.push(person);
        changedIds.add(person.id);
      }
      return { ...person, opportunityIds: [...person.opportunityIds, opportunityId], updatedAt: now };
    };

    const opportunityIdsSeen = new Set<string>();
    /** Finds or creates the row's opportunity, organizations and people, and links them. */
    const matchRow = (row: ContactToImport): MatchedRow => {
      const opportunity = opportunityFor(row.opportunityName);
      if (!opportunityIdsSeen.has(opportunity.id)) {
        opportunityIdsSeen.add(opportunity.id);
        receipt.opportunityIds.push(opportunity.id);
      }
      const stakeholderIds = row.customers.map((customer) => {
        const confirmed = input.confirmedMatches[customer.name];
        const key = personKey(customer.name);
        let person = (confirmed ? byIdStakeholders.get(confirmed) : undefined) ?? stakeholders.get(key);
        if (person) {
          if (!createdIds.has(person.id)) countMatch('stakeholders', person.id);
        } else {
          person = buildRecord('stakeholders', {
            name: customer.name,
            title: customer.title,
            organizationId: organizationFor(customer.organization)?.id ?? null,
            customerLevel: customer.level ?? 'other',
            buyingRole: null,
            disposition: 'unknown',
            relationshipStage: 'unknown',
            reportsToId: null,
            isContractingOfficer: /contracting officer/i.test(customer.title),
            email: '',
            phone: '',
            notes: '',
            culturalNotes: '',
            opportunityIds: [],
          });
          receipt.created.stakeholders.push(person.id);
          createdIds.add(person.id);
        }
        person = link(person, opportunity.id, receipt.changed.stakeholders);
        stakeholders.set(key, person);
        byIdStakeholders.set(person.id, person);
        return person.id;
      });
      const attendeeIds = row.ours.map((ours) => {
        const confirmed = input.confirmedMatches[ours.name];
        const key = personKey(ours.name);
        let person = (confirmed ? byIdTeam.get(confirmed) : undefined) ?? teamMembers.get(key);
        if (person) {
          if (!createdIds.has(person.id)) countMatch('teamMembers', person.id);
        } else {
          person = buildRecord('teamMembers', {
            name: ours.name,
            title: ours.title,
            company: ours.company,
            kind: 'employee',
            counterpartLevel: null,
            email: '',
            phone: '',
            opportunityIds: [],
          });
          receipt.created.teamMembers.push(person.id);
          createdIds.add(person.id);
        }
        person = link(person, opportunity.id, receipt.changed.teamMembers);
        teamMembers.set(key, person);
        byIdTeam.set(person.id, person);
        return person.id;
      });
      return {
        opportunityId: opportunity.id,
        stakeholderIds: [...new Set(stakeholderIds)],
        attendeeIds: [...new Set(attendeeIds)],
      };
    };

    const contactFor = (row: ContactToImport, matched: MatchedRow): Contact => {
      const contact: Contact = buildRecord('contacts', {
        ...matched,
        items: row.items.map((item) => ({
          id: newId<ContactItemId>(),
          kind: item.kind,
          text: item.text,
          messageId: null,
        })),
        date: row.date,
        startTime: row.startTime,
        endTime: row.endTime,
        location: row.location,
        objective: row.objective,
        method: row.method,
        status: 'planned',
        heldDate: null,
        heldStartTime: null,
        heldEndTime: null,
        cancellationReason: '',
        quietPeriodReason: '',
        ownerId: null,
      });
      receipt.created.contacts.push(contact.id);
      return contact;
    };

    // Nothing is written if a row fails (the transaction is abandoned); say which rows to fix.
    const forRow = <Result>(row: ContactToImport, work: () => Result): Result => {
      try {
        return work();
      } catch (error) {
        if (error instanceof Error && row.rowNumbers)
          error.message = `Row${row.rowNumbers.length > 1 ? 's' : ''} ${row.rowNumbers.join(', ')}: ${error.message} Nothing was imported.`;
        throw error;
      }
    };

    // Writes are handed to IndexedDB without waiting, and only the write before them is awaited:
    // the database works on one chunk while the next is built. Awaiting nothing but Dexie keeps
    // the transaction open, and each chunk runs as its own short task.
    let inFlight: Promise<unknown>[] = [];
    const write = async (next: Promise<unknown>[]) => {
      for (const pending of inFlight) await pending;
      inFlight = next;
    };

    // Each chunk of rows is matched, its contacts built and handed to IndexedDB with the
    // opportunities and organizations it created, so the database writes from the first chunk on.
    let done = 0;
    for (const rows of chunksOf(input.contacts)) {
      const contacts = rows.map((row) => forRow(row, () => contactFor(row, matchRow(row))));
      const created = newRecords;
      newRecords = { opportunities: [], organizations: [] };
      await write([
        db.opportunities.bulkAdd(created.opportunities),
        db.organizations.bulkAdd(created.organizations),
        db.contacts.bulkAdd(contacts),
      ]);
      done += rows.length;
      onProgress?.({ done, total: input.contacts.length });
    }
    // People are final only now (a person's opportunities gather row by row): each is written once.
    const isWritten = (id: string) => createdIds.has(id) || changedIds.has(id);
    await write([
      db.stakeholders.bulkPut(
        [...byIdStakeholders.values()]
          .filter((person) => isWritten(person.id))
          .map((person) => validateForWrite('stakeholders', person)),
      ),
      db.teamMembers.bulkPut(
        [...byIdTeam.values()]
          .filter((person) => isWritten(person.id))
          .map((person) => validateForWrite('teamMembers', person)),
      ),
    ]);
    await write([]);
    return receipt;
  });
};

/** Undo of an import: removes exactly what it added and puts back the people it changed. */
export const undoImport = async (receipt: ImportReceipt): Promise<void> => {
  db.assertWritable();
  await db.transaction(
    'rw',
    [db.opportunities, db.organizations, db.stakeholders, db.teamMembers, db.contacts],
    async () => {
      // In chunks, so undoing 100,000 contacts never holds the page for more than a moment.
      for (const ids of chunksOf(receipt.created.contacts)) await db.contacts.bulkDelete(ids);
      await db.stakeholders.bulkDelete(receipt.created.stakeholders);
      await db.teamMembers.bulkDelete(receipt.created.teamMembers);
      await db.organizations.bulkDelete(receipt.created.organizations);
      for (const ids of chunksOf(receipt.created.opportunities)) await db.opportunities.bulkDelete(ids);
      await db.stakeholders.bulkPut(receipt.changed.stakeholders);
      await db.teamMembers.bulkPut(receipt.changed.teamMembers);
    },
  );
};
