import { z } from 'zod';
import { calendarDaySchema, timeOfDaySchema, type CalendarDay } from './calendar-day';
import {
  contactIdSchema,
  contactItemIdSchema,
  messageIdSchema,
  opportunityIdSchema,
  stakeholderIdSchema,
  teamMemberIdSchema,
} from './ids';
import { optionalText, recordTimestamps, requiredText } from './record';
import { limitedList, listLimits } from './list-limits';

/** An ask is something we want to find out; a tell is a message we want the customer to hear. */
export const contactItemKinds = ['ask', 'tell'] as const;
export const contactItemKindSchema = z.enum(contactItemKinds);
export type ContactItemKind = z.infer<typeof contactItemKindSchema>;

/** The longest texts a contact takes (the import checks them before it writes). */
export const contactTextLimits = { location: 500, longText: 10_000, item: 2_000 } as const;

export const contactItemSchema = z.strictObject({
  id: contactItemIdSchema,
  kind: contactItemKindSchema,
  text: requiredText(contactTextLimits.item),
  /** A tell may deliver a message of the messaging plan. */
  messageId: messageIdSchema.nullable(),
});
export type ContactItem = z.infer<typeof contactItemSchema>;

export const contactStatuses = ['planned', 'held', 'cancelled'] as const;
export const contactStatusSchema = z.enum(contactStatuses);
export type ContactStatus = z.infer<typeof contactStatusSchema>;

export const contactStatusLabels: Record<ContactStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const contactFieldsSchema = z.strictObject({
  opportunityId: opportunityIdSchema,
  /** Who, on the customer side. */
  stakeholderIds: limitedList(stakeholderIdSchema, listLimits.peoplePerContact, 'people'),
  /** Who, on our side: the two-person rule wants at least two. */
  attendeeIds: limitedList(teamMemberIdSchema, listLimits.peoplePerContact, 'people'),
  /** What: the asks and tells, in the order the plan lists them. */
  items: limitedList(contactItemSchema, listLimits.itemsPerContact, 'asks and tells'),
  /** When: the planned day and local wall-clock times; null while not yet scheduled. */
  date: calendarDaySchema.nullable(),
  startTime: timeOfDaySchema.nullable(),
  endTime: timeOfDaySchema.nullable(),
  /** Where. */
  location: optionalText(contactTextLimits.location),
  /** Why: the objective of the meeting. */
  objective: optionalText(contactTextLimits.longText),
  /** How: method and materials (slides, demo, lunch). */
  method: optionalText(contactTextLimits.longText),
  status: contactStatusSchema,
  /** When it actually took place, once held (may differ from the plan). */
  heldDate: calendarDaySchema.nullable(),
  heldStartTime: timeOfDaySchema.nullable(),
  heldEndTime: timeOfDaySchema.nullable(),
  cancellationReason: optionalText(),
  /** Why this contact goes ahead inside the quiet period; required there unless only a CO is met. */
  quietPeriodReason: optionalText(),
  /** The team member who owns arranging it. */
  ownerId: teamMemberIdSchema.nullable(),
});
export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const contactSchema = contactFieldsSchema.extend({
  id: contactIdSchema,
  ...recordTimestamps,
});
export type Contact = z.infer<typeof contactSchema>;

/** The day a contact took place, or will: its recorded held day, else the planned one. */
export const heldDayOf = (contact: Pick<Contact, 'heldDate' | 'date'>): CalendarDay | null =>
  contact.heldDate ?? contact.date;

export const asksOf = (contact: Pick<Contact, 'items'>): ContactItem[] =>
  contact.items.filter((item) => item.kind === 'ask');
export const tellsOf = (contact: Pick<Contact, 'items'>): ContactItem[] =>
  contact.items.filter((item) => item.kind === 'tell');
