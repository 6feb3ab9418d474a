import type { ActionItem } from '../action-item';
import type { Contact } from '../contact';
import { askResultLabels, tellResultLabels } from '../item-result';
import type { Opportunity } from '../opportunity';
import type { Outcome } from '../outcome';
import type { Stakeholder } from '../stakeholder';
import type { TeamMember } from '../team-member';
import type { ExportCell, ExportSheet } from './cells';

export type ContactPlanSource = {
  opportunity: Opportunity;
  contacts: readonly Contact[];
  stakeholders: readonly Stakeholder[];
  teamMembers: readonly TeamMember[];
  outcomes: readonly Outcome[];
  actionItems: readonly ActionItem[];
};

const groupBy = <Item>(items: readonly Item[], key: (item: Item) => string): Map<string, Item[]> => {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** Each opportunity's contact-plan source, from every record at once (one pass, not a read per opportunity). */
export const contactPlanSources = (
  all: Omit<ContactPlanSource, 'opportunity'> & { opportunities: readonly Opportunity[] },
): ContactPlanSource[] => {
  const contacts = groupBy(all.contacts, (contact) => contact.opportunityId);
  const outcomes = groupBy(all.outcomes, (outcome) => outcome.opportunityId);
  const actionItems = groupBy(all.actionItems, (item) => item.opportunityId);
  const stakeholders = new Map(all.stakeholders.map((person) => [person.id as string, person]));
  const teamMembers = new Map(all.teamMembers.map((person) => [person.id as string, person]));
  const named = <Person>(ids: readonly string[], people: Map<string, Person>) =>
    [...new Set(ids)].flatMap((id) => people.get(id) ?? []);
  return all.opportunities.map((opportunity) => {
    const planned = contacts.get(opportunity.id) ?? [];
    return {
      opportunity,
      contacts: planned,
      stakeholders: named(
        planned.flatMap((contact) => contact.stakeholderIds),
        stakeholders,
      ),
      teamMembers: named(
        planned.flatMap((contact) => contact.attendeeIds),
        teamMembers,
      ),
      outcomes: outcomes.get(opportunity.id) ?? [],
      actionItems: actionItems.get(opportunity.id) ?? [],
    };
  });
};

export const contactPlanHeader = [
  'Who',
  'What',
  'When',
  'Time',
  'Where',
  'Why',
  'How',
  'Status',
  'Results',
  'Action items',
];

/**
 * The contact plan in the capture guide's layout: one contact spans several rows, the customer
 * people first, then our attendees ("Name—Company Title", so it imports back), with What, When,
 * Where, Why and How on its first row, plus the meeting's results and action items.
 */
export const buildContactPlanRows = (source: ContactPlanSource): ExportCell[][] => {
  const stakeholders = new Map(source.stakeholders.map((person) => [person.id as string, person]));
  const team = new Map(source.teamMembers.map((person) => [person.id as string, person]));
  const outcomes = new Map(source.outcomes.map((outcome) => [outcome.contactId as string, outcome]));
  const sorted = source.contacts.toSorted((a, b) =>
    `${a.date ?? '9999'}${a.startTime ?? ''}`.localeCompare(`${b.date ?? '9999'}${b.startTime ?? ''}`),
  );
  const rows: ExportCell[][] = [contactPlanHeader];
  for (const contact of sorted) {
    const customers = contact.stakeholderIds.map((id) => {
      const person = stakeholders.get(id);
      return person ? (person.title ? `${person.name}—${person.title}` : person.name) : 'Unknown person';
    });
    const ours = contact.attendeeIds.map((id) => {
      const person = team.get(id);
      if (!person) return 'Unknown person';
      const title = [person.company, person.title].filter(Boolean).join(' ');
      return title ? `${person.name}—${title}` : person.name;
    });
    const people = [...customers, ...ours];
    const outcome = outcomes.get(contact.id);
    const results = contact.items.flatMap((item) => {
      const result = outcome?.itemResults.find((candidate) => candidate.itemId === item.id);
      if (!result?.result) return [];
      const label = result.kind === 'ask' ? askResultLabels[result.result] : tellResultLabels[result.result];
      const note = result.kind === 'ask' ? result.finding : result.reaction;
      return [`${item.text} — ${label}${note ? `: ${note}` : ''}`];
    });
    const actions = source.actionItems
      .filter((item) => item.contactId === contact.id)
      .map(
        (item) =>
          `${item.text} (${team.get(item.ownerId ?? '')?.name ?? 'no owner'}${item.dueDate ? `, due ${item.dueDate}` : ''}, ${item.status})`,
      );
    const times = [contact.startTime, contact.endTime].filter(Boolean).join('–');
    const count = Math.max(1, people.length);
    for (let index = 0; index < count; index += 1) {
      const isFirst = index === 0;
      rows.push([
        people[index] ?? '',
        isFirst
          ? contact.items.map((item) => (item.kind === 'ask' ? `• ${item.text}` : `• Message: ${item.text}`)).join('\n')
          : '',
        isFirst && contact.date ? { day: contact.date } : isFirst ? 'Not scheduled' : null,
        isFirst ? times : '',
        isFirst ? contact.location : '',
        isFirst ? contact.objective : '',
        isFirst ? contact.method : '',
        isFirst ? contact.status : '',
        isFirst ? results.join('\n') : '',
        isFirst ? actions.join('\n') : '',
      ]);
    }
  }
  return rows;
};

export const buildContactPlanSheet = (source: ContactPlanSource, name = 'Contact plan'): ExportSheet => ({
  name,
  rows: buildContactPlanRows(source),
  columnWidths: [34, 60, 12, 12, 26, 40, 24, 10, 50, 50],
});
