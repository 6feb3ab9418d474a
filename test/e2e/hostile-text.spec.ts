import type { Locator } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

const RLO = '\u202E';

/** Where each of two characters of an element's text is drawn, left edge in pixels. */
const drawnAt = (element: Locator, first: string, second: string) =>
  element.evaluate(
    (node, characters) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const lefts: number[] = [];
      for (const character of characters) {
        walker.currentNode = node;
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const at = (text.textContent ?? '').lastIndexOf(character);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          lefts.push(range.getBoundingClientRect().left);
          break;
        }
      }
      return lefts;
    },
    [first, second],
  );

test('a name holding a right-to-left override turns only itself around, not the sentence it is put in', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.createOpportunity({ name: `Alpha${RLO}gnp.exe`, customer: 'Navy NAVWAR' });
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  const title = page.getByRole('dialog').getByRole('heading').first();
  await expect(title).toContainText('Delete “Alpha');
  // "…”?" after the name reads left to right: the question mark is drawn right of the quote.
  const [quote, question] = await drawnAt(title, '”', '?');
  expect(question).toBeGreaterThan(quote ?? Number.POSITIVE_INFINITY);
});
