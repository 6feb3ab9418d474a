import { expect, type Locator, type Page } from '@playwright/test';

/** Text of an item as a pattern that does not trip on ? or typographic apostrophes. */
const itemPattern = (itemText: string) => new RegExp(itemText.replace(/[?’().]/g, '.'));

/** The Debriefs tab, one debrief, and the compare-and-merge screen. */
export class DebriefsPage {
  constructor(private readonly page: Page) {}

  async openDebriefOf(contactTitle: string) {
    await this.page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Debriefs' })
      .click();
    await this.page.getByRole('link', { name: `Write debrief: ${contactTitle}` }).click();
    await expect(this.page.getByRole('heading', { name: 'My debrief' })).toBeVisible();
  }

  async writeAs(name: string) {
    await this.page.getByLabel('Writing as').selectOption({ label: name });
  }

  async chooseResult(itemText: string, result: string) {
    await this.page
      .getByRole('group', { name: itemPattern(itemText) })
      .getByLabel(result, { exact: true })
      .check();
  }

  async noteResult(itemText: string, note: string) {
    await this.page
      .getByRole('group', { name: itemPattern(itemText) })
      .getByLabel(/^(What we learned|Their reaction)$/)
      .fill(note);
  }

  /** Writes and submits a debrief as this attendee: one result (and note) per item. */
  async writeAndSubmit(
    contactTitle: string,
    author: string,
    results: { item: string; result: string; note?: string }[],
  ) {
    await this.openDebriefOf(contactTitle);
    await this.writeAs(author);
    await this.page.getByRole('button', { name: 'Start my debrief' }).click();
    for (const { item, result, note } of results) {
      await this.chooseResult(item, result);
      if (note) await this.noteResult(item, note);
    }
    await this.submit();
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Submit debrief' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your submitted debrief' })).toBeVisible();
  }

  async openCompareOf(contactTitle: string) {
    await this.page
      .getByRole('navigation', { name: 'Opportunity sections' })
      .getByRole('link', { name: 'Debriefs' })
      .click();
    await this.page.getByRole('link', { name: `Compare and merge: ${contactTitle}` }).click();
    await expect(this.page.getByRole('heading', { name: 'Compare and merge' })).toBeVisible();
  }

  get comparison(): Locator {
    return this.page.getByRole('table', { name: 'Debriefs side by side' });
  }

  /** "2 submitted debriefs (Bill Kahn, Sue Kemp) · 4 points to agree on" */
  get compareStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'submitted debrief' });
  }

  comparedRow(itemText: string): Locator {
    return this.comparison.getByRole('row', { name: itemPattern(itemText) });
  }

  get mergeForm(): Locator {
    return this.page.getByRole('form', { name: 'Merge into the outcome' });
  }

  /** One ask or tell in the merge form. */
  mergeItem(itemText: string): Locator {
    return this.mergeForm.getByRole('group', { name: itemPattern(itemText) });
  }

  async takeVersion(itemText: string, author: string) {
    const button = this.mergeItem(itemText).getByRole('button', { name: `Take ${author}’s version` });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  async writeAgreed(itemText: string, result: string, note: string) {
    const item = this.mergeItem(itemText);
    await item.getByRole('button', { name: 'Write the agreed result' }).click();
    await item.getByLabel('Agreed result').selectOption({ label: result });
    await item.getByLabel(/^(What we learned|Their reaction)$/).fill(note);
  }

  async recordWithout(author: string, reason: string) {
    await this.mergeForm.getByLabel(`Record without ${author}`).check();
    await this.mergeForm.getByLabel(`Why without ${author}?`, { exact: false }).fill(reason);
  }

  async recordOutcome() {
    await this.mergeForm.getByRole('button', { name: 'Record outcome' }).click();
  }

  /** Why the merge form refused to record. */
  get mergeProblems(): Locator {
    return this.mergeForm.getByRole('alert');
  }

  /** The recorded outcome's table: every item with its agreed result and what was learned. */
  get agreedResults(): Locator {
    return this.page.getByRole('table', { name: 'Agreed results' });
  }

  /** The cells of one item in the recorded outcome: agreed result, then what was learned or their reaction. */
  agreedResult(itemText: string): Locator {
    return this.agreedResults.getByRole('row', { name: itemPattern(itemText) }).getByRole('cell');
  }
}
