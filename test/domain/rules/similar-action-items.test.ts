import { describe, expect, test } from 'vitest';
import { actionItemKey, isSameActionItem, offerActionItemsOnce } from '../../../src/domain/rules/similar-action-items';

const proposal = (text: string, ownerId: string | null = null, dueDate: string | null = null) => ({
  text,
  ownerId,
  dueDate,
});

describe('actionItemKey and isSameActionItem', () => {
  test('capitals, punctuation, hyphens, spacing, accents and articles do not make another item', () => {
    expect(actionItemKey('Send the thank-you letter.')).toBe('send thank you letter');
    for (const text of ['send thank you letter.', 'Send the thank-you letter', '  SEND a thank‑you   letter!  '])
      expect(isSameActionItem('Send thank-you letter', text), text).toBe(true);
    expect(isSameActionItem('Send Général Jones’s letter', "send general jones's letter")).toBe(true);
  });

  test('a different word is a different item, and blank text matches nothing', () => {
    expect(isSameActionItem('Call Dan', 'Call Jan')).toBe(false);
    expect(isSameActionItem('Send the white paper', 'Send the white papers')).toBe(false);
    expect(isSameActionItem('Send thank-you letter', 'Send thank-you letter to Rob Hopp')).toBe(false);
    expect(isSameActionItem(' ', '...')).toBe(false);
  });
});

describe('offerActionItemsOnce', () => {
  test('near-identical proposals are offered once, first words kept, with the first owner and due date given', () => {
    expect(
      offerActionItemsOnce(
        [
          proposal('Send thank-you letter'),
          proposal('Get the strategy briefing', 'sue'),
          proposal('send thank you letter.', 'bill', '2030-01-10'),
          proposal('Send the thank-you letter', 'sue', '2030-01-12'),
        ],
        [],
      ),
    ).toEqual([proposal('Send thank-you letter', 'bill', '2030-01-10'), proposal('Get the strategy briefing', 'sue')]);
  });

  test('proposals the contact already has as action items, or blank ones, are not offered', () => {
    expect(
      offerActionItemsOnce(
        [proposal('Send the thank-you letter'), proposal('  '), proposal('Book the lab demo')],
        [{ text: 'send thank you letter' }],
      ),
    ).toEqual([proposal('Book the lab demo')]);
  });
});
