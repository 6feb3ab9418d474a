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
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
});
