import type { OrganizationId } from '../../domain/ids';
import { normalizeName, organizationMatchesName, type OrganizationKind } from '../../domain/organization';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { buildRecord, validateForWrite } from './record-access';

/**
 * "Pick or create" for an organization typed by name: the existing one whose name or alias
 * matches, else a new one of `kind`. Extra aliases are added to it. Call inside a transaction
 * that includes the organizations table.
 */
export const resolveOrganizationByName = async (
  name: string,
  kind: OrganizationKind,
  aliases: readonly string[] = [],
): Promise<OrganizationId | null> => {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const cleanAliases = aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
  const existing = (await db.organizations.toArray()).find((organization) =>
    organizationMatchesName(organization, trimmed),
  );
  if (!existing) {
    const created = buildRecord('organizations', {
      name: trimmed,
      kind,
      parentId: null,
      aliases: [...new Set(cleanAliases)],
      notes: '',
    });
    await db.organizations.add(created);
    return created.id;
  }
  const known = new Set([existing.name, ...existing.aliases].map(normalizeName));
  const newAliases = cleanAliases.filter((alias) => !known.has(normalizeName(alias)));
  if (newAliases.length > 0) {
    await db.organizations.put(
      validateForWrite('organizations', {
        ...existing,
        aliases: [...existing.aliases, ...newAliases],
        updatedAt: nowTimestamp(),
      }),
    );
  }
  return existing.id;
};
