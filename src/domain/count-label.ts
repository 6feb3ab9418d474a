/**
 * Counts as people write them: "1 contact", "2 contacts", "2,000 contacts" — never "1 contacts"
 * or "2000 contacts". Every count the user reads goes through here, in US English like the rest
 * of the product's words.
 */
const countFormat = new Intl.NumberFormat('en-US');

/** 2000 → "2,000". */
export const formatCount = (count: number): string => countFormat.format(count);

/** The noun that goes with a count: "contact" for 1, "contacts" otherwise (0 contacts, 1.5 days). */
export const nounFor = (count: number, singular: string, plural = `${singular}s`): string =>
  count === 1 ? singular : plural;

/** 1 → "1 contact"; 2000 → "2,000 contacts"; give the plural when adding an s is wrong ("opportunities"). */
export const countLabel = (count: number, singular: string, plural = `${singular}s`): string =>
  `${formatCount(count)} ${nounFor(count, singular, plural)}`;
