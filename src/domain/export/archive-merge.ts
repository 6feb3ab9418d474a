/**
 * Bringing an archive into a database that already has some of its records (a debrief written on
 * one laptop reaching the capture manager's): records are matched by id; new ones are added,
 * identical ones left alone, and for each record that differs the newer `updatedAt` is proposed —
 * the user sees every such record and may choose the other version, so nothing is dropped silently.
 * Versions saved at the same moment with different content are conflicts the user must look at.
 */
type StoredRecord = { id: string; updatedAt: string } & Record<string, unknown>;

export type DifferingRecord = {
  table: string;
  id: string;
  label: string;
  localUpdatedAt: string;
  archiveUpdatedAt: string;
  proposed: 'local' | 'archive';
  isConflict: boolean;
  /** Both versions, to show what differs field by field. */
  local: StoredRecord;
  archive: StoredRecord;
};

export type ArchiveMergePlan = {
  added: Record<string, StoredRecord[]>;
  unchanged: number;
  differing: DifferingRecord[];
};

const stable = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

const labelOf = (record: StoredRecord) => {
  const text = [record.name, record.text, record.summary].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return (text ?? record.id).slice(0, 80);
};

export const planArchiveMerge = (
  incoming: Record<string, readonly StoredRecord[]>,
  existing: Record<string, readonly StoredRecord[]>,
): ArchiveMergePlan => {
  const plan: ArchiveMergePlan = { added: {}, unchanged: 0, differing: [] };
  for (const [table, records] of Object.entries(incoming)) {
    const local = new Map((existing[table] ?? []).map((record) => [record.id, record]));
    plan.added[table] = [];
    for (const record of records) {
      const mine = local.get(record.id);
      if (!mine) plan.added[table].push(record);
      else if (stable(mine) === stable(record)) plan.unchanged += 1;
      else
        plan.differing.push({
          table,
          id: record.id,
          label: labelOf(record),
          localUpdatedAt: mine.updatedAt,
          archiveUpdatedAt: record.updatedAt,
          proposed: record.updatedAt > mine.updatedAt ? 'archive' : 'local',
          isConflict: record.updatedAt === mine.updatedAt,
          local: mine,
          archive: record,
        });
    }
  }
  return plan;
};
