import { expect, type Page } from '@playwright/test';

/** The Opportunities list, the New opportunity form and an opportunity's Overview. */
export class OpportunitiesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/opportunities');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async startNewOpportunity() {
    await this.page.getByRole('link', { name: 'New opportunity' }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New opportunity' })).toBeVisible();
  }

  async fillNewOpportunity(values: {
    name: string;
    customer: string;
    solicitation?: string;
    draftRfp?: string;
    finalRfp?: string;
    proposalDue?: string;
  }) {
    await this.page.getByLabel('Name').fill(values.name);
    await this.page.getByLabel('Customer organization').fill(values.customer);
    if (values.solicitation) await this.page.getByLabel('Solicitation number').fill(values.solicitation);
    if (values.draftRfp) await this.page.getByLabel('Draft RFP').fill(values.draftRfp);
    if (values.finalRfp) await this.page.getByLabel('Final RFP').fill(values.finalRfp);
    if (values.proposalDue) await this.page.getByLabel('Proposal due').fill(values.proposalDue);
  }

  async createOpportunity(values: Parameters<OpportunitiesPage['fillNewOpportunity']>[0]) {
    await this.startNewOpportunity();
    await this.fillNewOpportunity(values);
    await this.page.getByRole('button', { name: 'Create opportunity' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: values.name })).toBeVisible();
  }

  async loadExamplePlan() {
    await this.page.getByRole('button', { name: 'Load example plan' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Example: Enterprise Modernization Program' }),
    ).toBeVisible();
  }
}
