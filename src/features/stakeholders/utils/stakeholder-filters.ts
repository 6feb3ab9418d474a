import type { Organization } from '../../../domain/organization';
import {
  buyingRoleLabels,
  dispositionLabels,
  relationshipStageRank,
  type Stakeholder,
} from '../../../domain/stakeholder';
import { customerLevels } from '../../../domain/customer-level';

/** Filters and sort of the Stakeholders list; kept in the URL so a filtered view can be shared. */
export type StakeholderQuery = {
  text: string;
  level: string;
  buyingRole: string;
  disposition: string;
  stage: string;
  organizationId: string;
  sort: StakeholderSortKey;
  direction: 'ascending' | 'descending';
};

export const stakeholderSortKeys = [
  'name',
  'title',
  'organization',
  'level',
  'buyingRole',
  'disposition',
  'stage',
] as const;
export type StakeholderSortKey = (typeof stakeholderSortKeys)[number];

export const readStakeholderQuery = (params: URLSearchParams): StakeholderQuery => {
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    level: params.get('level') ?? '',
    buyingRole: params.get('role') ?? '',
    disposition: params.get('disposition') ?? '',
    stage: params.get('stage') ?? '',
    organizationId: params.get('org') ?? '',
    sort: stakeholderSortKeys.includes(sort as StakeholderSortKey) ? (sort as StakeholderSortKey) : 'name',
    direction: params.get('dir') === 'descending' ? 'descending' : 'ascending',
  };
};

const paramNames: Record<Exclude<keyof StakeholderQuery, 'sort' | 'direction'>, string> = {
  text: 'q',
  level: 'level',
  buyingRole: 'role',
  disposition: 'disposition',
  stage: 'stage',
  organizationId: 'org',
};

export const writeStakeholderQuery = (query: StakeholderQuery): URLSearchParams => {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(paramNames)) {
    const value = query[key as keyof typeof paramNames];
    if (value) params.set(name, value);
  }
  if (query.sort !== 'name') params.set('sort', query.sort);
  if (query.direction === 'descending') params.set('dir', 'descending');
  return params;
};

export const filterAndSortStakeholders = (
  stakeholders: readonly Stakeholder[],
  organizations: readonly Organization[],
  query: StakeholderQuery,
): Stakeholder[] => {
  const organizationName = (id: string | null) =>
    organizations.find((organization) => organization.id === id)?.name ?? '';
  const text = query.text.trim().toLowerCase();
  const matches = stakeholders.filter(
    (person) =>
      (!query.level || person.customerLevel === query.level) &&
      (!query.buyingRole || person.buyingRole === query.buyingRole) &&
      (!query.disposition || person.disposition === query.disposition) &&
      (!query.stage || person.relationshipStage === query.stage) &&
      (!query.organizationId || person.organizationId === query.organizationId) &&
      (!text ||
        [
          person.name,
          person.title,
          person.notes,
          person.culturalNotes,
          person.email,
          organizationName(person.organizationId),
        ]
          .join(' ')
          .toLowerCase()
          .includes(text)),
  );
  const sortValue = (person: Stakeholder): string | number => {
    switch (query.sort) {
      case 'name':
        return person.name.toLowerCase();
      case 'title':
        return person.title.toLowerCase();
      case 'organization':
        return organizationName(person.organizationId).toLowerCase();
      case 'level':
        return customerLevels.indexOf(person.customerLevel);
      case 'buyingRole':
        return person.buyingRole ? buyingRoleLabels[person.buyingRole] : '~';
      case 'disposition':
        return dispositionLabels[person.disposition];
      case 'stage':
        return relationshipStageRank(person.relationshipStage);
    }
  };
  const factor = query.direction === 'ascending' ? 1 : -1;
  return matches.sort((a, b) => {
    const left = sortValue(a);
    const right = sortValue(b);
    const order =
      typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
    return order * factor || a.name.localeCompare(b.name);
  });
};
