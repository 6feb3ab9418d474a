import { expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Outcome } from '../../../src/domain/outcome';
import { getMessageDeliveries } from '../../../src/domain/rules/message-delivery';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');

test('a message linked to a tell is planned; the outcome saying delivered makes it delivered, with the reaction', () => {
  const [commitment] = getMessageDeliveries(plan.messages, plan.contacts, [], plan.stakeholders);
  expect(commitment).toMatchObject({ status: 'planned', uncoveredLevels: [], uncoveredStakeholderIds: [] });
  const outcome = {
    contactId: ids.pentagonMeeting,
    itemResults: [{ itemId: ids.tellCorporateCommitment, kind: 'tell', result: 'delivered', reaction: 'Interested' }],
  } as unknown as Outcome;
  const [delivered] = getMessageDeliveries(plan.messages, plan.contacts, [outcome], plan.stakeholders);
  expect(delivered?.status).toBe('delivered');
  expect(delivered?.delivered).toEqual([
    { contactId: ids.pentagonMeeting, stakeholderIds: [ids.generalJones], reaction: 'Interested' },
  ]);
});

test('a target level with no delivery planned is flagged', () => {
  const [, kpi] = getMessageDeliveries(plan.messages, plan.contacts, [], plan.stakeholders);
  expect(kpi).toMatchObject({ status: 'not-planned', uncoveredLevels: ['technical', 'evaluator'] });
  const linked = plan.contacts.map((contact) =>
    contact.id === ids.labDemo
      ? {
          ...contact,
          items: [
            ...contact.items,
            { id: crypto.randomUUID(), kind: 'tell' as const, text: 'KPIs met', messageId: ids.kpiMessage },
          ],
        }
      : contact,
  ) as typeof plan.contacts;
  const [, planned] = getMessageDeliveries(plan.messages, linked, [], plan.stakeholders);
  expect(planned).toMatchObject({ status: 'planned', uncoveredLevels: ['evaluator'] });
});

test('cancelled contacts do not count as deliveries', () => {
  const cancelled = plan.contacts.map((contact) => ({ ...contact, status: 'cancelled' as const }));
  const [commitment] = getMessageDeliveries(plan.messages, cancelled, [], plan.stakeholders);
  expect(commitment).toMatchObject({
    status: 'not-planned',
    uncoveredLevels: ['executive'],
    uncoveredStakeholderIds: [ids.generalJones],
  });
});
