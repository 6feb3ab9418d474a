import { organizationMatchesName, type Organization, type OrganizationKind } from '../../domain/organization';
import { createRecordRepository, validateAllOnRead, typedTable } from './record-repository';

const base = createRecordRepository('organizations');

/** Customer agencies and offices, our company, teammates. Matched by name or alias. */
export const organizationsRepository = {
  ...base,

  async listByName(): Promise<Organization[]> {
    return validateAllOnRead('organizations', await typedTable('organizations').orderBy('name').toArray());
  },

  async findByName(name: string): Promise<Organization | undefined> {
    const all = await base.list();
    return all.find((organization) => organizationMatchesName(organization, name));
  },

  /** The organization of that name (or alias), created with `kind` when there is none yet. */
  async findOrCreate(name: string, kind: OrganizationKind): Promise<Organization> {
    const existing = await this.findByName(name);
    if (existing) return existing;
    return base.create({ name, kind, parentId: null, aliases: [], notes: '' });
  },
};
