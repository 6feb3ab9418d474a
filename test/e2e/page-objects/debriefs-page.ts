import { expect, type Page } from '@playwright/test';

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
      .getByRole('group', { name: new RegExp(itemText.replace(/[?’]/g, '.')) })
      .getByLabel(result, { exact: true })
      .check();
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Submit debrief' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your submitted debrief' })).toBeVisible();
  }
}
