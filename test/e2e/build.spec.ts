import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './support/test';

test('the production build ships no source maps, and every page carries the Content-Security-Policy', async ({
  page,
}) => {
  const assets = readdirSync('dist/assets');
  expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
  expect(readFileSync('dist/index.html', 'utf8')).not.toContain('sourceMappingURL');
  for (const name of assets.filter((each) => each.endsWith('.js')))
    expect(readFileSync(`dist/assets/${name}`, 'utf8'), name).not.toContain('sourceMappingURL=');

  await page.goto('/opportunities');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
});

test('a browser that shares nothing downloads no sync engine and calls no server', async ({ page, baseURL }) => {
  // The build: PouchDB is a chunk of its own, and the page does not load it at start.
  const pouchChunks = readdirSync('dist/assets').filter((name) => /^pouchdb-.*\.js$/.test(name));
  expect(pouchChunks).toHaveLength(1);
  expect(readFileSync('dist/index.html', 'utf8')).not.toContain('pouchdb-');

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/opportunities');
  await page.getByRole('button', { name: 'Load example plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Example:/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Only on this computer' })).toBeVisible();
  for (const tab of ['Contact plan', 'Stakeholders', 'Debriefs', 'Overview'])
    await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: tab }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Team server' })).toBeVisible();

  expect(requests.filter((url) => !url.startsWith(String(baseURL)))).toEqual([]);
  expect(requests.filter((url) => url.includes('pouchdb-'))).toEqual([]);
});
