import type { Contact } from '../domain/contact';
import type { ContactToImport } from '../domain/import/contact-to-import';
import { newId, type ContactItemId, type OpportunityId } from '../domain/ids';
import { personKey } from '../domain/import/name-match';
import { normalizeName, organizationMatchesName, type Organization } from '../domain/organization';
import type { Opportunity } from '../domain/opportunity';
import { nowTimestamp, type Timestamp } from '../domain/record';
import type { Stakeholder } from '../domain/stakeholder';
import type { TeamMember } from '../domain/team-member';
import { countLabel } from '../domain/count-label';
import { checkContactQuietPeriod } from '../domain/rules/quiet-period';
import { formatCalendarDay } from '../lib/dates';
import { db } from './db';
import { RuleViolationError } from './errors';
import { buildRecord, validateForWrite } from './repositories/record-access';

/** Contacts matched and written per step of an import (see importContacts). */
export const IMPORT_CHUNK_SIZE = 1000;

/** How far a commit has got, in contacts. */
export type ImportProgress = { done: number; total: number };

export const chunksOf = <Item>(items: readonly Item[]): Item[][] =>
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
  /** Known people the import linked to an opportunity, as they were before. */
  changed: { stakeholders: Stakeholder[]; teamMembers: TeamMember[] };
  matched: { opportunities: number; stakeholders: number; teamMembers: number; organizations: number };
  opportunityIds: string[];
  /** The updatedAt the import gave the people it linked: a later one means someone edited them since. */
  writtenAt: Timestamp;
  /** When the import finished: a record it created that is newer was edited since. */
  finishedAt: Timestamp;
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
    const now = nowTimestamp();
    const receipt: ImportReceipt = {
      created: { opportunities: [], organizations: [], stakeholders: [], teamMembers: [], contacts: [] },
      changed: { stakeholders: [], teamMembers: [] },
      matched: { opportunities: 0, stakeholders: 0, teamMembers: 0, organizations: 0 },
      opportunityIds: [],
      writtenAt: now,
      finishedAt: now,
    };
    const opportunities = await db.opportunities.toArray();
    const opportunitiesById = new Map(opportunities.map((opportunity) => [opportunity.id as string, opportunity]));
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
        const target = opportunitiesById.get(input.targetOpportunityId);
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
      opportunitiesById.set(created.id, created);
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

    // The quiet-period rule holds for imported contacts too: rows inside it with anyone but a
    // contracting officer need a reason, which a spreadsheet cannot give. They are named together.
    const insideQuietPeriod: { rowNumbers: readonly number[]; start: string; opportunity: string }[] = [];
    const noteQuietPeriod = (row: ContactToImport, contact: Contact) => {
      const opportunity = opportunitiesById.get(contact.opportunityId);
      if (!opportunity) return;
      const check = checkContactQuietPeriod(contact, opportunity, byIdStakeholders);
      if (check.kind === 'inside-quiet-period' && !check.hasReason)
        insideQuietPeriod.push({ rowNumbers: row.rowNumbers ?? [], start: check.start, opportunity: opportunity.name });
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
      noteQuietPeriod(row, contact);
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
    if (insideQuietPeriod.length > 0) {
      const [first] = insideQuietPeriod;
      const rows = insideQuietPeriod.flatMap((entry) => entry.rowNumbers);
      throw new RuleViolationError(
        'quiet-period',
        `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? ', …' : ''}: ${countLabel(insideQuietPeriod.length, 'contact')} on or after the quiet-period start of “${first?.opportunity ?? ''}” (${formatCalendarDay(first?.start ?? '')}) with someone who is not a contracting officer. A contact inside the quiet period needs a reason, which an import cannot give: leave these rows out, or change the opportunity’s quiet-period start. Nothing was imported.`,
      );
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
    return { ...receipt, finishedAt: nowTimestamp() };
  });
};
