import { z } from 'zod';
import { calendarDaySchema, timeOfDaySchema } from '../../../domain/calendar-day';
import { contactItemKindSchema, contactStatusSchema, type Contact, type ContactFields } from '../../../domain/contact';
import {
  newId,
  parseIds,
  parseMessageId,
  parseStakeholderId,
  parseTeamMemberId,
  type ContactItemId,
} from '../../../domain/ids';

const optional = <Schema extends z.ZodType>(schema: Schema) => z.union([z.literal(''), schema]);

/** What the contact detail panel edits: strings and id lists, as the inputs give them. */
export const contactFormSchema = z
  .object({
    stakeholderIds: z.array(z.string()),
    attendeeIds: z.array(z.string()),
    items: z.array(
      z.object({
        id: z.string(),
        kind: contactItemKindSchema,
        text: z.string().trim().min(1, { error: 'Write the ask or tell, or remove it.' }).max(2_000),
        messageId: z.string(),
      }),
    ),
    date: optional(calendarDaySchema),
    startTime: optional(timeOfDaySchema),
    endTime: optional(timeOfDaySchema),
    location: z.string().trim().max(500),
    objective: z.string().trim().max(10_000),
    method: z.string().trim().max(10_000),
    status: contactStatusSchema,
    ownerId: z.string(),
    quietPeriodReason: z.string().trim().max(10_000),
    cancellationReason: z.string().trim().max(10_000),
  })
  .superRefine((values, context) => {
    if (values.startTime && values.endTime && values.endTime <= values.startTime)
      context.addIssue({ code: 'custom', path: ['endTime'], message: 'The meeting must end after it starts.' });
    if ((values.startTime || values.endTime) && !values.date)
      context.addIssue({ code: 'custom', path: ['date'], message: 'Give the day as well as the time.' });
  });

export type ContactFormValues = z.infer<typeof contactFormSchema>;

export const contactToFormValues = (
  contact: Contact,
  pendingChanges: Record<string, unknown> | null,
): ContactFormValues => {
  const merged = { ...contact, ...pendingChanges };
  return {
    stakeholderIds: [...merged.stakeholderIds],
    attendeeIds: [...merged.attendeeIds],
    items: merged.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      text: item.text,
      messageId: item.messageId ?? '',
    })),
    date: merged.date ?? '',
    startTime: merged.startTime ?? '',
    endTime: merged.endTime ?? '',
    location: merged.location,
    objective: merged.objective,
    method: merged.method,
    status: merged.status,
    ownerId: merged.ownerId ?? '',
    quietPeriodReason: merged.quietPeriodReason,
    cancellationReason: merged.cancellationReason,
  };
};

const orNull = (value: string) => (value === '' ? null : value);

export const formValuesToContactFields = (values: ContactFormValues, contact: Contact): ContactFields => ({
  opportunityId: contact.opportunityId,
  stakeholderIds: parseIds(parseStakeholderId, values.stakeholderIds),
  attendeeIds: parseIds(parseTeamMemberId, values.attendeeIds),
  items: values.items.map((item) => ({
    // Items keep the id they were given when added (newItemValues), so results stay attached.
    id: item.id as ContactItemId,
    kind: item.kind,
    text: item.text,
    messageId: item.kind === 'tell' ? parseMessageId(item.messageId) : null,
  })),
  date: orNull(values.date),
  startTime: orNull(values.startTime),
  endTime: orNull(values.endTime),
  location: values.location,
  objective: values.objective,
  method: values.method,
  status: values.status,
  heldDate: contact.heldDate,
  heldStartTime: contact.heldStartTime,
  heldEndTime: contact.heldEndTime,
  cancellationReason: values.status === 'cancelled' ? values.cancellationReason : '',
  quietPeriodReason: values.quietPeriodReason,
  ownerId: parseTeamMemberId(values.ownerId),
});

export const newItemValues = (kind: 'ask' | 'tell') => ({ id: newId<ContactItemId>(), kind, text: '', messageId: '' });
