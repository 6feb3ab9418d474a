import { buildArchiveSheets } from '../../domain/export/archive';
import { safeSheetName, type ExportSheet } from '../../domain/export/cells';
import { buildContactPlanSheet, type ContactPlanSource } from '../../domain/export/contact-plan-sheet';
import type { Contact } from '../../domain/contact';
import type { Opportunity } from '../../domain/opportunity';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import type { Outcome } from '../../domain/outcome';
import type { ActionItem } from '../../domain/action-item';
import { recordSchemas, type TableName } from '../record-schemas';
import { currentSchemaVersion } from '../schema';
import { getAllTables, getContactPlanSource } from '../spreadsheet-sources';

export type ArchiveMeta = { appVersion: string; exportedAt: string };

const groupBy = <Item>(items: readonly Item[], key: (item: Item) => string) => {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** Each opportunity's contact-plan source, from tables already read (one pass, not a read per opportunity). */
export const contactPlanSources = (tables: Record<TableName, Record<string, unknown>[]>): ContactPlanSource[] => {
  const contacts = groupBy(tables.contacts as unknown as Contact[], (contact) => contact.opportunityId);
  const outcomes = groupBy(tables.outcomes as unknown as Outcome[], (outcome) => outcome.opportunityId);
  const actionItems = groupBy(tables.actionItems as unknown as ActionItem[], (item) => item.opportunityId);
  const stakeholders = new Map((tables.stakeholders as unknown as Stakeholder[]).map((person) => [person.id as string, person]));
  const teamMembers = new Map((tables.teamMembers as unknown as TeamMember[]).map((person) => [person.id as string, person]));
  return (tables.opportunities as unknown as Opportunity[]).map((opportunity) => {
    const planned = contacts.get(opportunity.id) ?? [];
    const pick = <Person,>(ids: Iterable<string>, people: Map<string, Person>) => [...new Set(ids)].flatMap((id) => people.get(id) ?? []);
    return {
      opportunity,
      contacts: planned,
      stakeholders: pick(planned.flatMap((contact) => contact.stakeholderIds), stakeholders),
      teamMembers: pick(planned.flatMap((contact) => contact.attendeeIds), teamMembers),
      outcomes: outcomes.get(opportunity.id) ?? [],
      actionItems: actionItems.get(opportunity.id) ?? [],
    };
  });
};

/** The archive's sheets: every record of every table (read in one transaction) plus a readable plan per opportunity. */
export const buildArchive = async (meta: ArchiveMeta): Promise<ExportSheet[]> => {
  const tables = await getAllTables();
  const sheets = buildArchiveSheets(tables, recordSchemas, { schemaVersion: currentSchemaVersion, ...meta });
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  for (const source of contactPlanSources(tables)) sheets.push(buildContactPlanSheet(source, safeSheetName(`Plan ${source.opportunity.name}`, taken)));
  return sheets;
};

/** One opportunity's contact plan, in the capture guide's layout. */
export const buildContactPlanExport = async (opportunityId: string): Promise<{ sheets: ExportSheet[]; opportunityName: string }> => {
  const source = await getContactPlanSource(opportunityId);
  return { sheets: [buildContactPlanSheet(source)], opportunityName: source.opportunity.name };
};
