import { describe, expect, test } from 'vitest';
import { contactSchema } from '../../src/domain/contact';
import { debriefSchema } from '../../src/domain/debrief';
import { opportunitySchema } from '../../src/domain/opportunity';
import { buildExamplePlan } from '../../src/data/example-plan';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const contact = plan.contacts[0];
const opportunity = plan.opportunities[0];

describe('record schemas', () => {
  test('an item of a contact is an ask or a tell, and must have text', () => {
    expect(
      contactSchema.safeParse({
        ...contact,
        items: [{ id: crypto.randomUUID(), kind: 'ask', text: 'What is the budget?', messageId: null }],
      }).success,
    ).toBe(true);
    expect(
      contactSchema.safeParse({
        ...contact,
        items: [{ id: crypto.randomUUID(), kind: 'maybe', text: 'x', messageId: null }],
      }).success,
    ).toBe(false);
    expect(
      contactSchema.safeParse({
        ...contact,
        items: [{ id: crypto.randomUUID(), kind: 'tell', text: '  ', messageId: null }],
      }).success,
    ).toBe(false);
  });

  test('ids must be UUIDs and timestamps instants', () => {
    expect(opportunitySchema.safeParse({ ...opportunity, id: 'opportunity-1' }).success).toBe(false);
    expect(opportunitySchema.safeParse({ ...opportunity, createdAt: '2026-11-23' }).success).toBe(false);
  });

  test('records refuse fields they do not know, so schema drift is caught', () => {
    expect(opportunitySchema.safeParse({ ...opportunity, budget: 1_000_000 }).success).toBe(false);
  });

  test('a debrief result matches its item kind', () => {
    const debrief = plan.debriefs[0];
    const itemId = contact?.items[0]?.id;
    expect(
      debriefSchema.safeParse({ ...debrief, itemResults: [{ itemId, kind: 'ask', result: 'delivered', finding: '' }] })
        .success,
    ).toBe(false);
    expect(
      debriefSchema.safeParse({
        ...debrief,
        itemResults: [{ itemId, kind: 'tell', result: 'delivered', reaction: 'Nodded' }],
      }).success,
    ).toBe(true);
  });
});
