import { contactStatusLabels } from '../../../domain/contact';
import { toCsv, type ExportCell } from '../../../domain/export/cells';
import type { ContactRow } from './contact-rows';

/** The grid as currently filtered and sorted, as CSV (UTF-8 with BOM, formulas neutralized). */
export const contactRowsToCsv = (rows: readonly ContactRow[]): string =>
  toCsv([
    ['Who', 'Our attendees', 'What', 'Date', 'Start', 'End', 'Where', 'Why', 'How', 'Status', 'Flags'],
    ...rows.map(({ contact, who, attendees, items, flags }): ExportCell[] => [
      who,
      attendees,
      items.map((item) => `${item.kind === 'ask' ? 'Ask' : 'Tell'}: ${item.text}`).join('\n'),
      contact.date ? { day: contact.date } : '',
      contact.startTime ?? '',
      contact.endTime ?? '',
      contact.location,
      contact.objective,
      contact.method,
      contactStatusLabels[contact.status],
      flags.map((flag) => flag.label).join('; '),
    ]),
  ]);
