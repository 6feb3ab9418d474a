import { isCalendarDay } from '../domain/calendar-day';
import { formatCalendarDay } from '../lib/dates';

type DescribeOptions = {
  /** Names of the records an id may point to (people, organizations, messages). */
  names?: ReadonlyMap<string, string>;
  /** Labels of a choice field's values ("capture-planning" → "3 · Capture planning"). */
  labels?: Readonly<Record<string, string>>;
};

/**
 * A stored value in words, for showing two versions of a field side by side: ids as names, days
 * as dates, lists joined, asks and tells by their text.
 */
export const describeValue = (value: unknown, options: DescribeOptions = {}): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (options.labels?.[value] !== undefined) return options.labels[value];
    if (options.names?.has(value)) return options.names.get(value) ?? value;
    return isCalendarDay(value) ? formatCalendarDay(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => describeValue(item, options)).join('; ');
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') {
    const kind = 'kind' in value && typeof value.kind === 'string' ? `${value.kind === 'ask' ? 'Ask' : 'Tell'}: ` : '';
    return `${kind}${value.text}`;
  }
  return JSON.stringify(value);
};
