import { expect, type Page } from '@playwright/test';

export type ActionItemChanges = { text?: string; owner?: string; due?: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An opportunity's Action items tab and Follow-ups: the rows, their edit dialog, the owner filter. */
export class ActionItemsPage {
  constructor(private readonly page: Page) {}

  async openTab() {
    await this.page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Action items' })
      .click();
    await expect(this.page.getByRole('search', { name: 'Filter action items' })).toBeVisible();
  }

  async openFollowUps() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  }

  /** The row of an item, by the start of its text (its row header also names the contact it came from). */
  row(text: string) {
    return this.page.getByRole('row', { name: new RegExp(`^${escapeRegExp(text)}`) });
  }

  /** The texts of the items listed, in order, across the tables on the page. */
  async shownItems(): Promise<string[]> {
    const headers = await this.page.locator('table.action-item-table tbody th[scope="row"]').all();
    return Promise.all(
      headers.map(async (header) => (await header.evaluate((cell) => cell.firstChild?.textContent ?? '')).trim()),
    );
  }

  editButton(text: string) {
    return this.page.getByRole('button', { name: `Edit: ${text}`, exact: true });
  }

  async openEdit(text: string) {
    await this.editButton(text).click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit action item' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async fillEdit(changes: ActionItemChanges) {
    const dialog = this.page.getByRole('dialog', { name: 'Edit action item' });
    if (changes.text !== undefined) await dialog.getByLabel('What needs doing').fill(changes.text);
    if (changes.owner !== undefined) await dialog.getByLabel('Owner').selectOption({ label: changes.owner });
    if (changes.due !== undefined) await dialog.getByLabel('Due').fill(changes.due);
  }

  async edit(text: string, changes: ActionItemChanges) {
    await this.openEdit(text);
    await this.fillEdit(changes);
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Edit action item' })).toBeHidden();
  }

  async delete(text: string) {
    await this.page.getByRole('button', { name: `Delete: ${text}`, exact: true }).click();
    await expect(this.row(text)).toHaveCount(0);
  }

  async undo(message = 'Action item deleted') {
    const toast = this.page.getByRole('status').filter({ hasText: message });
    await toast.getByRole('button', { name: 'Undo' }).click();
  }

  ownerFilter() {
    return this.page.getByLabel('Filter by owner');
  }

  async filterByOwner(label: string | RegExp) {
    const select = this.ownerFilter();
    const options = await select.locator('option').allTextContents();
    const option = options.find((candidate) =>
      typeof label === 'string' ? candidate === label : label.test(candidate),
    );
    if (option === undefined) throw new Error(`No owner choice ${String(label)} among ${options.join(', ')}`);
    await select.selectOption({ label: option });
  }

  async chooseWhoYouAre(name: string) {
    await this.page.getByLabel('You are').selectOption({ label: name });
  }
}
