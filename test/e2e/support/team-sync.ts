import { expect, type Page } from '@playwright/test';

/** Settings › Team server: the address, a teammate's name and password, Sign in. */
export const signIn = async (page: Page, serverUrl: string, name: string, password: string) => {
  await page.goto('/settings');
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in to ${serverUrl} as ${name}.`)).toBeVisible();
};

/** An opportunity's sharing panel, shared or not. */
export const sharePanel = (page: Page) =>
  page.getByRole('region', { name: /Shared with the team|Only on this computer/ });
