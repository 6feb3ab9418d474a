import { z } from 'zod';
import { organizationIdSchema } from './ids';
import { nameLimit, optionalText, recordTimestamps, requiredText } from './record';

export const organizationKinds = ['customer', 'our-company', 'teammate', 'other'] as const;
export const organizationKindSchema = z.enum(organizationKinds);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export const organizationKindLabels: Record<OrganizationKind, string> = {
  customer: 'Customer',
  'our-company': 'Our company',
  teammate: 'Teammate',
  other: 'Other',
};

export const organizationFieldsSchema = z.strictObject({
  name: requiredText(nameLimit),
  kind: organizationKindSchema,
  /** The agency or office this one belongs to (e.g. a program office under a PEO). */
  parentId: organizationIdSchema.nullable(),
  /** Other names for the same organization, so "IBM" and "International Business Machines" are one record. */
  aliases: z.array(requiredText(nameLimit)).max(50),
  notes: optionalText(),
});
export type OrganizationFields = z.infer<typeof organizationFieldsSchema>;

export const organizationSchema = organizationFieldsSchema.extend({
  id: organizationIdSchema,
  ...recordTimestamps,
});
export type Organization = z.infer<typeof organizationSchema>;

/** Case- and accent-insensitive form of a name, for matching. */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** True when `name` is the organization's name or one of its aliases. */
export const organizationMatchesName = (
  organization: Pick<Organization, 'name' | 'aliases'>,
  name: string,
): boolean => {
  const wanted = normalizeName(name);
  return [organization.name, ...organization.aliases].some((candidate) => normalizeName(candidate) === wanted);
};
