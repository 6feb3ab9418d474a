import { expect, test } from './support/test';
import { ActionItemsPage } from './page-objects/action-items-page';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { expectNoAxeViolations } from './support/axe';
import { inDays, shownDay } from './support/days';

// The example plan's action items: the letter is Bill Kahn's, five days overdue; the briefing is
// Sue Kemp's, due in three days.
const letter = 'Send General Jones a thank-you letter with the investment figures';
const briefing = 'Get the acquisition strategy briefing from the PEO staff';
const editedLetter = 'Send General Jones a thank-you letter with the investment figures and the KPI white paper';

test.beforeEach(async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
});

test('an action item is edited, reassigned, deleted and restored with Undo, its edits intact; focus follows', async ({
  page,
}) => {
  const items = new ActionItemsPage(page);
  await items.openTab();
  await expect(items.row(letter)).toContainText('Bill Kahn');
  await expect(items.row(letter)).toContainText('Overdue by 5 days');
  await expect(items.row(letter)).toContainText('From contact: General Jones');
  await expectNoAxeViolations(page);

  // Edit the text and the due date: the letter is no longer overdue, and sorts after the briefing.
  await items.openEdit(letter);
  await expectNoAxeViolations(page);
  await items.fillEdit({ text: editedLetter, due: inDays(5) });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(items.row(editedLetter)).toContainText(shownDay(5));
  await expect(items.row(editedLetter)).not.toContainText('Overdue');
  expect(await items.shownItems()).toEqual([briefing, editedLetter]);
  // Focus is back on the item just saved, not lost on the page.
  await expect(items.editButton(editedLetter)).toBeFocused();

  // Reassign it to another member of the opportunity's team.
  await items.edit(editedLetter, { owner: 'Rick Yen' });
  await expect(items.row(editedLetter)).toContainText('Rick Yen');
  await expect(items.row(editedLetter)).not.toContainText('Bill Kahn');
  await expect(items.editButton(editedLetter)).toBeFocused();

  // Delete: focus moves to the neighbouring item; Undo brings the same item back, edits intact.
  await items.delete(editedLetter);
  await expect(page.getByRole('status').filter({ hasText: 'Action item deleted' })).toBeVisible();
  await expect(items.editButton(briefing)).toBeFocused();
  await items.undo();
  await expect(items.row(editedLetter)).toContainText('Rick Yen');
  await expect(items.row(editedLetter)).toContainText(shownDay(5));
  await expect(items.editButton(editedLetter)).toBeFocused();
  await expect(page.getByText('Action item deleted')).toHaveCount(0);

  // It is stored so: after a reload, and on Follow-ups, due soon.
  await page.reload();
  await expect(items.row(editedLetter)).toContainText('Rick Yen');
  await items.openFollowUps();
  await expect(page.getByRole('heading', { name: 'Overdue (0)' })).toBeVisible();
  const dueSoon = page.getByRole('table', { name: 'Action items due in the next 7 days' });
  await expect(dueSoon.getByRole('row', { name: new RegExp(`^${editedLetter}`) })).toContainText('Rick Yen');
});

test('the owner filter on Follow-ups: Mine once you say who you are, then a named owner; it survives a reload', async ({
  page,
}) => {
  const items = new ActionItemsPage(page);
  await items.openFollowUps();
  expect(await items.shownItems()).toEqual([letter, briefing]);

  // Mine: the browser does not know who you are yet, so it asks rather than showing an empty list.
  await items.filterByOwner('Mine (choose who you are)');
  await expect(page).toHaveURL(/\?owner=mine$/);
  await expect(page.getByLabel('You are')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'choose who you are' })).toBeVisible();
  expect(await items.shownItems()).toEqual([]);
  await expectNoAxeViolations(page);

  await items.chooseWhoYouAre('Bill Kahn');
  await expect(items.ownerFilter()).toHaveValue('mine');
  await expect(items.ownerFilter().locator('option:checked')).toHaveText('Mine (Bill Kahn)');
  await expect(page.getByRole('heading', { name: 'Overdue (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Due in the next 7 days (0)' })).toBeVisible();
  expect(await items.shownItems()).toEqual([letter]);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overdue (1)' })).toBeVisible();
  expect(await items.shownItems()).toEqual([letter]);
  await expect(items.ownerFilter().locator('option:checked')).toHaveText('Mine (Bill Kahn)');

  // A named owner: only theirs, in the URL, after a reload too.
  await items.filterByOwner('Sue Kemp');
  await expect(page).toHaveURL(/\?owner=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Overdue (0)' })).toBeVisible();
  expect(await items.shownItems()).toEqual([briefing]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Due in the next 7 days (1)' })).toBeVisible();
  expect(await items.shownItems()).toEqual([briefing]);
  await expect(items.ownerFilter().locator('option:checked')).toHaveText('Sue Kemp');

  // The link to the item's opportunity keeps the filter.
  await page.getByRole('link', { name: 'Example: Enterprise Modernization Program' }).click();
  await expect(page.getByRole('table', { name: 'Action items' })).toBeVisible();
  expect(await items.shownItems()).toEqual([briefing]);
  await expect(page.getByRole('status').filter({ hasText: '1 of 2 action items, owned by Sue Kemp.' })).toBeVisible();

  await items.openFollowUps();
  await items.filterByOwner('Everyone');
  await expect(page).toHaveURL(/\/follow-ups$/);
  expect(await items.shownItems()).toEqual([letter, briefing]);
});

test('on Follow-ups, an item saved out of the list says where it went; a delete and its Undo keep focus on the list', async ({
  page,
}) => {
  const items = new ActionItemsPage(page);
  await items.openFollowUps();

  // Due in a month: no longer a follow-up. Focus lands on the status line, which says why.
  await items.edit(briefing, { due: inDays(30) });
  const status = page.getByRole('status').filter({ hasText: `Saved “${briefing}”` });
  await expect(status).toContainText(`due ${shownDay(30)}, after the next 7 days`);
  await expect(status).toBeFocused();
  expect(await items.shownItems()).toEqual([letter]);

  // The last item deleted by keyboard: focus goes to the list's status line, not to the page's body.
  await page.getByRole('button', { name: `Delete: ${letter}` }).press('Enter');
  await expect(items.row(letter)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '0 action items overdue or due soon' })).toBeFocused();
  // Undo by keyboard: focus returns to the item.
  await page.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(items.editButton(letter)).toBeFocused();
  await expectNoAxeViolations(page);
});

test('two people edit the same item at once: the second save shows both values and keeps the one chosen', async ({
  page,
  context,
}) => {
  const items = new ActionItemsPage(page);
  await items.openTab();
  await items.openEdit(briefing);

  // Meanwhile, in another tab, the briefing is reassigned to Jane Doe.
  const other = await context.newPage();
  await other.goto(page.url());
  const otherItems = new ActionItemsPage(other);
  await otherItems.edit(briefing, { owner: 'Jane Doe' });
  await other.close();

  await items.fillEdit({ owner: 'Bill Kahn', text: `${briefing} by Friday` });
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  const owner = conflict.getByRole('group', { name: 'Owner' });
  await expect(owner.getByLabel('Keep yours: Bill Kahn')).toBeChecked();
  await expect(owner.getByLabel('Keep the one saved meanwhile: Jane Doe')).toBeVisible();
  await owner.getByLabel('Keep the one saved meanwhile: Jane Doe').check();
  await conflict.getByRole('button', { name: 'Save with these choices' }).click();

  await expect(items.row(`${briefing} by Friday`)).toContainText('Jane Doe');
});
