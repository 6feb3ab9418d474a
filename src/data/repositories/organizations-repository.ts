import type { Organization } from '../../domain/organization';
import { typedTable, validateAllOnRead } from './record-access';

/**
 * Customer agencies and offices, our company, teammates. They are created and matched by name or
 * alias where they are typed (a stakeholder's or an opportunity's organization, an import), so
 * this repository only reads.
 */
export const organizationsRepository = {
  async listByName(): Promise<Organization[]> {
    return validateAllOnRead('organizations', await typedTable('organizations').orderBy('name').toArray());
  },
};
