/**
 * People (and organizations) in every picker are listed by name, as a reader scans a list: by the
 * letters, not by case ("de Vries" among the Ds) and with numbers in number order ("Lab 2" before
 * "Lab 10"). Records come out of the database in id order, which means nothing to a reader.
 */
const nameCollator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });

export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);

/** A sorted copy; people with the same name keep their order. */
export const sortByName = <Named extends { name: string }>(records: readonly Named[]): Named[] =>
  records.toSorted((a, b) => compareNames(a.name, b.name));
