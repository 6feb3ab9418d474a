import { z } from 'zod';

/**
 * Every record has a stable UUID. Ids are branded per record type so a stakeholder id cannot be
 * passed where a team-member id is expected.
 */
const brandedId = <Brand extends string>() => z.uuid().brand<Brand>();

export const opportunityIdSchema = brandedId<'OpportunityId'>();
export const organizationIdSchema = brandedId<'OrganizationId'>();
export const stakeholderIdSchema = brandedId<'StakeholderId'>();
export const teamMemberIdSchema = brandedId<'TeamMemberId'>();
export const contactIdSchema = brandedId<'ContactId'>();
export const contactItemIdSchema = brandedId<'ContactItemId'>();
export const debriefIdSchema = brandedId<'DebriefId'>();
export const outcomeIdSchema = brandedId<'OutcomeId'>();
export const actionItemIdSchema = brandedId<'ActionItemId'>();
export const messageIdSchema = brandedId<'MessageId'>();

export type OpportunityId = z.infer<typeof opportunityIdSchema>;
export type OrganizationId = z.infer<typeof organizationIdSchema>;
export type StakeholderId = z.infer<typeof stakeholderIdSchema>;
export type TeamMemberId = z.infer<typeof teamMemberIdSchema>;
export type ContactId = z.infer<typeof contactIdSchema>;
export type ContactItemId = z.infer<typeof contactItemIdSchema>;
export type DebriefId = z.infer<typeof debriefIdSchema>;
export type OutcomeId = z.infer<typeof outcomeIdSchema>;
export type ActionItemId = z.infer<typeof actionItemIdSchema>;
export type MessageId = z.infer<typeof messageIdSchema>;

/** A fresh random id of the requested brand. */
export const newId = <Id extends string>(): Id => crypto.randomUUID() as Id;

/**
 * Ids that reach the app from outside its records — a route, a worker message, a form's select —
 * are checked and branded here, at the edge, instead of being cast: a malformed one is null.
 */
const idParser =
  <Schema extends z.ZodType>(schema: Schema) =>
  (value: unknown): z.output<Schema> | null => {
    const result = schema.safeParse(value);
    return result.success ? result.data : null;
  };

export const parseOpportunityId = idParser(opportunityIdSchema);
export const parseStakeholderId = idParser(stakeholderIdSchema);
export const parseTeamMemberId = idParser(teamMemberIdSchema);
export const parseContactId = idParser(contactIdSchema);
export const parseMessageId = idParser(messageIdSchema);
export const parseActionItemId = idParser(actionItemIdSchema);
export const parseOrganizationId = idParser(organizationIdSchema);

/** Ids picked in a form from options built from records: every one must parse, or the form is wrong. */
export const parseIds = <Id>(parse: (value: unknown) => Id | null, values: readonly string[]): Id[] =>
  values.flatMap((value) => {
    const id = parse(value);
    return id === null ? [] : [id];
  });
