// `npm run bench`: how the contact plan performs with 10,000 contacts, in headless Chromium
// against the built app. Prints a table; asserts nothing (timings belong here, not in tests).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { runImportExportBench, waitForAppInstalled } from './import-export-bench.mjs';
import { seedContacts } from './seed-contacts.mjs';
import { runSyncBench } from './sync-bench.mjs';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000);
const PORT = 4183;
const BASE = `http://localhost:${PORT}`;
const LOADS = 5;
const QUERY = 'what is the acquisition strategy for rob';
// BENCH_PARTS=grid,import10k,import100k,export,sync runs only those parts (all by default).
const PARTS = new Set((process.env.BENCH_PARTS ?? 'grid,import10k,import100k,export,sync').split(','));

const run = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });

const waitForServer = async () => {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(0)} ms`;

if (!existsSync('dist/index.html') || process.env.BENCH_BUILD !== '0')
  await run('npx', ['vite', 'build', '--logLevel', 'warn']);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

try {
  await waitForServer();
  if (PARTS.has('grid')) await runGridBench();
  if (process.env.BENCH_IMPORT !== '0') {
    const importRows = await runImportExportBench(browser, BASE, PARTS);
    if (importRows.length > 0)
      printTable('Spreadsheet import and export — same browser, each next to its floor', importRows);
  }
  if (PARTS.has('sync'))
    printTable(
      'Sync through the local team server — same browser, app next to its floor',
      await runSyncBench(browser, BASE),
    );
} finally {
  await browser.close();
  process.kill(-server.pid);
}

function printTable(title, rows) {
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  console.log(`${title}\n`);
  console.log(`| ${'measure'.padEnd(width)} | ${'result'.padEnd(valueWidth)} | target |`);
  console.log(`|${'-'.repeat(width + 2)}|${'-'.repeat(valueWidth + 2)}|--------|`);
  for (const [label, value, target] of rows)
    console.log(`| ${label.padEnd(width)} | ${value.padEnd(valueWidth)} | ${target.padEnd(6)} |`);
  console.log('');
}

/** The contact plan grid with 10,000 contacts: time to rows, filter-as-you-type, scrolling. */
async function runGridBench() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // Records the moment the first data row of the grid is in the DOM and painted.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
        observer.disconnect();
        requestAnimationFrame(() => {
          window.__gridReadyAt = performance.now();
        });
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  await page.goto(`${BASE}/opportunities`);
  await page.getByRole('button', { name: 'Load example plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Example: Enterprise Modernization Program' }).waitFor();
  const opportunityId = new URL(page.url()).pathname.split('/')[2];
  await waitForAppInstalled(page);
  const seedStarted = performance.now();
  const seeded = await page.evaluate(seedContacts, { opportunityId, count: CONTACTS });
  const seedMs = performance.now() - seedStarted;

  const readyTimes = [];
  for (let load = 0; load < LOADS; load += 1) {
    await page.goto(`${BASE}/opportunities/${opportunityId}/contact-plan`);
    await page.waitForFunction(() => typeof window.__gridReadyAt === 'number', null, { timeout: 60_000 });
    readyTimes.push(await page.evaluate(() => window.__gridReadyAt));
  }
  const rowCount = await page.getByRole('grid').getAttribute('data-row-count');

  // Filter as you type: from keydown to the grid showing the rows for the new text, painted.
  const filter = page.getByLabel('Filter contacts');
  await filter.focus();
  await page.evaluate(() => {
    window.__latencies = [];
    const grid = document.querySelector('[role="grid"]');
    const input = document.getElementById('contact-filter-text');
    let keyAt = 0;
    input.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (grid.getAttribute('data-filter-text') === input.value && keyAt > 0) {
        const started = keyAt;
        keyAt = 0;
        requestAnimationFrame(() => window.__latencies.push(performance.now() - started));
      }
    }).observe(grid, { attributes: true, attributeFilter: ['data-filter-text'] });
  });
  const keys = [...QUERY, ...Array(QUERY.length).fill('Backspace')];
  const shownCounts = [];
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForFunction((expected) => window.__latencies.length >= expected, index + 1, { timeout: 10_000 });
    if (index === QUERY.length - 1) shownCounts.push(await page.getByRole('grid').getAttribute('data-row-count'));
  }
  const latencies = await page.evaluate(() => window.__latencies);

  // Scrolling: move the grid 600 px a frame through all rows and time each frame.
  const frameTimes = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const grid = document.querySelector('[role="grid"]');
        const times = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          times.push(now - last);
          last = now;
          grid.scrollTop += 600;
          if (times.length < 240 && grid.scrollTop + grid.clientHeight < grid.scrollHeight) requestAnimationFrame(step);
          else resolve(times.slice(1));
        };
        requestAnimationFrame(step);
      }),
  );

  const rows = [
    [
      'contacts in the database',
      `${seeded.contacts.toLocaleString('en-US')} (+ ${seeded.stakeholders} stakeholders, ${seeded.teamMembers} team members)`,
      '',
    ],
    ['rows in the grid', Number(rowCount).toLocaleString('en-US'), ''],
    ['seeding (one IndexedDB transaction)', ms(seedMs), ''],
    [`navigation → grid showing rows (median of ${LOADS})`, ms(percentile(readyTimes, 50)), '≤ 1000 ms'],
    [`navigation → grid showing rows (worst of ${LOADS})`, ms(Math.max(...readyTimes)), ''],
    [`filter-as-you-type, median (${latencies.length} keystrokes)`, ms(percentile(latencies, 50)), ''],
    [`filter-as-you-type, p95 (${latencies.length} keystrokes)`, ms(percentile(latencies, 95)), '≤ 100 ms'],
    [`scrolling, frame time median (${frameTimes.length} frames, 600 px each)`, ms(percentile(frameTimes, 50)), ''],
    [`scrolling, frame time p95`, ms(percentile(frameTimes, 95)), '≤ 33 ms'],
    ['rows left after typing the whole query', `${shownCounts[0]} (“${QUERY}”)`, ''],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  console.log(`\nContact plan benchmark — headless Chromium, built app\n`);
  console.log(`| ${'measure'.padEnd(width)} | ${'result'.padEnd(valueWidth)} | target |`);
  console.log(`|${'-'.repeat(width + 2)}|${'-'.repeat(valueWidth + 2)}|--------|`);
  for (const [label, value, target] of rows)
    console.log(`| ${label.padEnd(width)} | ${value.padEnd(valueWidth)} | ${target.padEnd(6)} |`);
  console.log('');
  await context.close();
}
