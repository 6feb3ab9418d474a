import { expect, test } from 'vitest';
import { planArchiveMerge } from '../../../src/domain/export/archive-merge';

const record = (id: string, updatedAt: string, name: string) => ({ id, updatedAt, name });

test('new records are added, identical ones left, the newer version proposed, same-moment differences are conflicts', () => {
  const plan = planArchiveMerge(
    {
      stakeholders: [
        record('a', '2026-01-01', 'Same'),
        record('b', '2026-03-01', 'Newer there'),
        record('c', '2026-01-01', 'Older there'),
        record('d', '2026-02-01', 'Clash A'),
        record('e', '2026-01-01', 'New'),
      ],
    },
    {
      stakeholders: [
        record('a', '2026-01-01', 'Same'),
        record('b', '2026-02-01', 'Old here'),
        record('c', '2026-02-01', 'Newer here'),
        record('d', '2026-02-01', 'Clash B'),
      ],
    },
  );
  expect(plan.added.stakeholders?.map((entry) => entry.id)).toEqual(['e']);
  expect(plan.unchanged).toBe(1);
  expect(plan.differing.map((entry) => [entry.id, entry.proposed, entry.isConflict])).toEqual([
    ['b', 'archive', false],
    ['c', 'local', false],
    ['d', 'local', true],
  ]);
});
