// The sync half of `npm run bench`: a 10,000-contact pursuit shared through the local team server
// (pouchdb-server, in memory), then
// - its first pull into a fresh browser by the app (replica, then the app's database through the
//   one door), next to the floor measured in the same run: bare PouchDB replicating the same
//   documents into an empty IndexedDB; runs alternate, medians compared;
// - an edit on laptop A until it shows on laptop B, 50 times: p95.
// Prints times, ratios and the longest main-thread task (PerformanceObserver 'longtask').
import { resolve } from 'node:path';
import { build } from 'vite';
import { startLocalTeamServer } from '../../src/server/local-team-server.mjs';
import { addUser, adminClient } from '../../src/server/team-server.mjs';
import { seedContacts } from './seed-contacts.mjs';
import { waitForAppInstalled } from './import-export-bench.mjs';

const CONTACTS = Number(process.env.BENCH_SYNC_CONTACTS ?? 10_000);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);
const EDITS = Number(process.env.BENCH_SYNC_EDITS ?? 50);
const EXAMPLE = 'Example: Enterprise Modernization Program';
const LARGE = 'Bench: a large pursuit';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(0)} ms`;

/** PouchDB as one script for the floor's page (the app loads it as a module chunk). */
const pouchScript = async () => {
  const [output] = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve('node_modules/pouchdb-browser/lib/index.es.js'), formats: ['iife'], name: 'PouchDB' },
    },
  });
  return output.output[0].code;
};

const watchLongTasks = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

const signIn = async (page, base, serverUrl, name, password) => {
  await page.goto(`${base}/settings`);
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in to ${serverUrl} as ${name}.`).waitFor({ timeout: 30_000 });
};

/** In the page: how many contacts of the large pursuit the app's database holds. */
const countContacts = () =>
  new Promise((done, fail) => {
    const request = indexedDB.open('contact-plan');
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const count = database.transaction('contacts').objectStore('contacts').count();
      count.onsuccess = () => {
        database.close();
        done(count.result);
      };
    };
  });

const appFirstPull = async (browser, base, serverUrl, expected) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await signIn(page, base, serverUrl, 'bob', 'bob-secret');
  await waitForAppInstalled(page);
  await page.goto(`${base}/opportunities`);
  const open = page.getByRole('button', { name: `Open ${LARGE}` });
  await open.waitFor({ timeout: 60_000 });
  await page.evaluate(() => (window.__longest = 0));
  const started = Date.now();
  await open.click();
  while ((await page.evaluate(countContacts)) < expected) await new Promise((done) => setTimeout(done, 100));
  const elapsed = Date.now() - started;
  const longest = await page.evaluate(() => window.__longest);
  return { elapsed, longest, context, page };
};

const floorFirstPull = async (browser, base, serverUrl, database, script) => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(`${base}/settings`);
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    async ({ serverUrl, database }) => {
      await fetch(`${serverUrl}/_session`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bob', password: 'bob-secret' }),
      });
      window.__longest = 0;
      const started = performance.now();
      const local = new window.PouchDB('floor-replica');
      const remote = new window.PouchDB(`${serverUrl}/${database}`, { skip_setup: true });
      const info = await local.replicate.from(remote); // PouchDB's defaults: bare replication
      const elapsed = performance.now() - started;
      return { elapsed, written: info.docs_written, longest: window.__longest };
    },
    { serverUrl, database },
  );
  await context.close();
  return result;
};

/** Shares the opportunity on screen; resolves once all of it is on the server, with how long it took. */
const shareCurrent = async (page) => {
  const started = Date.now();
  await page.getByRole('button', { name: 'Share with the team' }).click();
  await page
    .getByRole('region', { name: 'Shared with the team' })
    .getByRole('status')
    .filter({ hasText: /^Up to date$/ })
    .waitFor({ timeout: 600_000 });
  return Date.now() - started;
};

/** An edit of a Where cell on A, until B's grid shows it. */
const editLatencies = async (a, b) => {
  const latencies = [];
  const whereOfFirstRow = (page) =>
    page
      .getByRole('grid', { name: 'Contact plan' })
      .locator('[role="row"][aria-rowindex="2"] [role="gridcell"]')
      .nth(4);
  for (let edit = 0; edit < EDITS; edit += 1) {
    const value = `Bench room ${edit}`;
    await whereOfFirstRow(a).click();
    await a.keyboard.press('Enter');
    await a.keyboard.press('ControlOrMeta+a');
    await a.keyboard.type(value);
    const started = Date.now();
    await a.keyboard.press('Enter');
    await b.waitForFunction((text) => document.querySelector('[role="grid"]')?.textContent?.includes(text), value, {
      polling: 20,
      timeout: 60_000,
    });
    latencies.push(Date.now() - started);
  }
  return latencies;
};

export const runSyncBench = async (browser, base) => {
  const origin = new URL(base).origin;
  const server = await startLocalTeamServer({ port: 0, inMemory: true, origins: [origin] });
  // The same host name as the app's, so the session cookie is same-site (see README).
  const serverUrl = server.url.replace('127.0.0.1', new URL(base).hostname);
  const client = adminClient(server.url, server.admin);
  await addUser(client, 'ann', 'ann-secret');
  await addUser(client, 'bob', 'bob-secret');
  const script = await pouchScript();
  try {
    // Laptop A shares the example plan (an ordinary pursuit) and a pursuit of CONTACTS contacts.
    const contextA = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const a = await contextA.newPage();
    await signIn(a, base, serverUrl, 'ann', 'ann-secret');
    await a.goto(`${base}/opportunities`);
    await a.getByRole('button', { name: 'Load example plan' }).click();
    await a.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    const exampleId = new URL(a.url()).pathname.split('/')[2];
    await waitForAppInstalled(a);
    await shareCurrent(a);

    await a.goto(`${base}/opportunities/new`);
    await a.getByLabel('Name').fill(LARGE);
    await a.getByLabel('Customer organization').fill('Program Executive Office');
    await a.getByRole('button', { name: 'Create opportunity' }).click();
    await a.getByRole('heading', { level: 1, name: LARGE }).waitFor();
    const largeId = new URL(a.url()).pathname.split('/')[2];
    await a.evaluate(seedContacts, { opportunityId: largeId, count: CONTACTS });
    await a.reload();
    const pushMs = await shareCurrent(a);

    const app = [];
    const floor = [];
    let lastApp = null;
    for (let run = 0; run < RUNS; run += 1) {
      floor.push(await floorFirstPull(browser, base, serverUrl, `opp-${largeId}`, script));
      if (lastApp) await lastApp.context.close();
      lastApp = await appFirstPull(browser, base, serverUrl, CONTACTS);
      app.push(lastApp);
    }

    // Edits in the example pursuit, on A and on the last fresh browser (B), both on its contact plan.
    const b = lastApp.page;
    await b.goto(`${base}/opportunities`);
    await b.getByRole('button', { name: `Open ${EXAMPLE}` }).click();
    await b.getByRole('link', { name: EXAMPLE }).waitFor({ timeout: 60_000 });
    await b.goto(`${base}/opportunities/${exampleId}/contact-plan`);
    await a.goto(`${base}/opportunities/${exampleId}/contact-plan`);
    for (const page of [a, b]) await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').waitFor();
    const latencies = await editLatencies(a, b);
    await lastApp.context.close();
    await contextA.close();

    const appMedian = median(app.map((each) => each.elapsed));
    const floorMedian = median(floor.map((each) => each.elapsed));
    return [
      ['contacts in the large shared pursuit', CONTACTS.toLocaleString('en-US'), ''],
      ['first push of the large pursuit from A (share → up to date)', ms(pushMs), ''],
      [`first pull, floor: bare PouchDB replication (median of ${RUNS})`, ms(floorMedian), ''],
      [`first pull, app: Open → every contact in the app (median of ${RUNS})`, ms(appMedian), ''],
      ['first pull, app ÷ floor', `${(appMedian / floorMedian).toFixed(2)}×`, '≤ 1.5×'],
      [
        'first pull, app: longest main-thread task (worst run)',
        ms(Math.max(...app.map((each) => each.longest))),
        '≤ 200 ms',
      ],
      [
        'first pull, floor: longest main-thread task (worst run)',
        ms(Math.max(...floor.map((each) => each.longest))),
        '',
      ],
      [`edit in the example pursuit on A → shown on B, median (${EDITS} edits)`, ms(percentile(latencies, 50)), ''],
      [
        `edit in the example pursuit on A → shown on B, p95 (${EDITS} edits)`,
        ms(percentile(latencies, 95)),
        '≤ 2000 ms',
      ],
    ];
  } finally {
    await server.stop();
  }
};
