import { expect, type Locator, type Page } from '@playwright/test';

export type StakeholderInput = {
  name: string;
  title?: string;
  organization?: string;
  level?: string;
  isContractingOfficer?: boolean;
};
export type TeamMemberInput = { name: string; title?: string; company?: string; counterpartLevel?: string };
export type ContactInput = {
  stakeholders: string[];
  attendees: string[];
  asks?: string[];
  tells?: string[];
  date?: string;
  start?: string;
  end?: string;
  where?: string;
  why?: string;
  how?: string;
  quietPeriodReason?: string;
};

/** The tabs inside an opportunity: Stakeholders, Team and the Contact plan. */
export class PlanPage {
  constructor(private readonly page: Page) {}

  async openTab(name: 'Overview' | 'Contact plan' | 'Stakeholders' | 'Team') {
    await this.page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name }).click();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Contact plan' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Data rows of the grid (the header row is aria-rowindex 1). */
  get gridRows(): Locator {
    return this.grid.locator('[role="row"]:not([aria-rowindex="1"])');
  }

  async addStakeholder(input: StakeholderInput) {
    await this.page.getByRole('button', { name: 'Add stakeholder' }).click();
    const form = this.page.getByRole('form', { name: 'New stakeholder' });
    await form.getByLabel('Name').fill(input.name);
    if (input.title) await form.getByLabel('Title').fill(input.title);
    if (input.organization) await form.getByLabel('Organization', { exact: true }).fill(input.organization);
    if (input.level) await form.getByLabel('Customer level').selectOption({ label: input.level });
    if (input.isContractingOfficer) await form.getByLabel(/Contracting officer/).check();
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async addTeamMember(input: TeamMemberInput) {
    await this.page.getByRole('button', { name: 'Add team member' }).click();
    const form = this.page.getByRole('form', { name: 'New team member' });
    await form.getByLabel('Name').fill(input.name);
    if (input.title) await form.getByLabel('Title').fill(input.title);
    if (input.company) await form.getByLabel('Company').fill(input.company);
    if (input.counterpartLevel)
      await form.getByLabel('Counterpart level').selectOption({ label: input.counterpartLevel });
    await form.getByRole('button', { name: 'Add team member' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Fills the open Contact details panel (people are ticked, not unticked). */
  async fillContactDetails(input: ContactInput) {
    const form = this.page.getByRole('form', { name: 'Contact details' });
    for (const name of input.stakeholders)
      await form
        .getByRole('group', { name: 'Who — customer people' })
        .getByLabel(new RegExp(`^${name}`))
        .check();
    for (const name of input.attendees)
      await form
        .getByRole('group', { name: 'Who — our attendees' })
        .getByLabel(new RegExp(`^${name}`))
        .check();
    for (const text of input.asks ?? []) {
      await form.getByRole('button', { name: 'Add ask' }).click();
      await form
        .getByLabel(/^Item \d+ text$/)
        .last()
        .fill(text);
    }
    for (const text of input.tells ?? []) {
      await form.getByRole('button', { name: 'Add tell' }).click();
      await form
        .getByLabel(/^Item \d+ text$/)
        .last()
        .fill(text);
    }
    if (input.date) await form.getByLabel('Date').fill(input.date);
    if (input.start) await form.getByLabel('Starts').fill(input.start);
    if (input.end) await form.getByLabel('Ends').fill(input.end);
    if (input.where) await form.getByLabel('Where').fill(input.where);
    if (input.why) await form.getByLabel('Why — objective').fill(input.why);
    if (input.how) await form.getByLabel('How — method and materials').fill(input.how);
    if (input.quietPeriodReason)
      await form.getByLabel(/Reason for contact during the quiet period/).fill(input.quietPeriodReason);
  }

  async saveContactDetails() {
    await this.page
      .getByRole('form', { name: 'Contact details' })
      .getByRole('button', { name: 'Save contact' })
      .click();
    await expect(this.dialog).toBeHidden();
  }

  async addContact(input: ContactInput) {
    await this.page.getByRole('button', { name: 'Add contact' }).click();
    await expect(this.page.getByRole('form', { name: 'Contact details' })).toBeVisible();
    await this.fillContactDetails(input);
    await this.saveContactDetails();
  }

  /** A contact that has taken place: added on the Contact plan with status Held (date it in the past). */
  async addHeldContact(input: ContactInput) {
    await this.openTab('Contact plan');
    await this.page.getByRole('button', { name: 'Add contact' }).click();
    const form = this.page.getByRole('form', { name: 'Contact details' });
    await expect(form).toBeVisible();
    await this.fillContactDetails(input);
    await form.getByLabel('Status').selectOption({ label: 'Held' });
    await this.saveContactDetails();
  }

  /** The grid row whose Who cell contains this text. */
  rowWith(text: string): Locator {
    return this.gridRows.filter({ hasText: text });
  }

  async openDetailsOf(text: string) {
    await this.rowWith(text).getByRole('gridcell').first().click();
    await this.page.getByRole('button', { name: 'Open details' }).click();
    await expect(this.page.getByRole('form', { name: 'Contact details' })).toBeVisible();
  }
}
