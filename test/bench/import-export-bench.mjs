// The import and export half of `npm run bench`: the app's import of the 10k fixture and of a
// generated 100,000-row file, and its archive export of 10,000 contacts, each next to its floor
// (bare SheetJS + one Dexie bulkAdd, or bare json_to_sheet + XLSX.write) measured in the same
// browser. Prints times, the ratio to the floor, peak JS heap of the page and the longest
// main-thread task (PerformanceObserver 'longtask').
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { seedContacts } from './seed-contacts.mjs';

const FLAT_10K = resolve('../shared/fixtures/contact-plan-flat-10k.xlsx');
const SHEETJS = resolve('node_modules/xlsx/dist/xlsx.full.min.js');
const DEXIE = resolve('node_modules/dexie/dist/dexie.min.js');

/** 100,000 rows: the 10k fixture ten times over, each copy its own opportunities and people. */
const generate100k = () => {
  const workbook = XLSX.read(readFileSync(FLAT_10K));
  const [header, ...rows] = XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]], { header: 1, raw: true });
  const all = [header];
  for (let copy = 0; copy < 10; copy += 1)
    for (const row of rows)
      all.push(row.map((cell, column) => (column <= 1 && typeof cell === 'string' ? `${cell} ${copy}` : cell)));
  const out = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(all), 'Contacts');
  const path = join(mkdtempSync(join(tmpdir(), 'contact-plan-bench-')), 'contact-plan-flat-100k.xlsx');
  writeFileSync(path, XLSX.write(out, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return path;
};

const watchPage = () => {
  // The app's own clock, like the floor's: from the user's action to the result on screen, so
  // Playwright's polling and actionability checks are not counted.
  window.__marks = {};
  const mark = (name) => {
    window.__marks[name] ??= performance.now();
  };
  document.addEventListener(
    'change',
    (event) => event.target instanceof HTMLInputElement && event.target.type === 'file' && mark('fileChosen'),
    true,
  );
  document.addEventListener(
    'click',
    (event) =>
      event.target instanceof Element &&
      /^Import \d/.test(event.target.closest('button')?.textContent ?? '') &&
      mark('importClicked'),
    true,
  );
  document.addEventListener(
    'click',
    (event) =>
      event.target instanceof Element &&
      event.target.closest('button')?.textContent === 'Export archive' &&
      mark('exportClicked'),
    true,
  );
  // The export is ready when its file is handed to the browser to download.
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    mark('exportReady');
    return createObjectURL(object);
  };
  new MutationObserver(() => {
    for (const heading of document.querySelectorAll('h2')) {
      if (heading.textContent === 'Preview' && !window.__marks.preview) requestAnimationFrame(() => mark('preview'));
      if (heading.textContent === 'Imported' && !window.__marks.imported) requestAnimationFrame(() => mark('imported'));
    }
  }).observe(document, { childList: true, subtree: true });
  // Long tasks with their times, so only those during the import or export count (not page load).
  window.__longTasks = [];
  window.__longest = (from, to) =>
    Math.max(
      0,
      ...window.__longTasks.filter((task) => task.end > from && task.start < to).map((task) => task.duration),
    );
  window.__peakHeap = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({
        start: entry.startTime,
        end: entry.startTime + entry.duration,
        duration: entry.duration,
      });
  }).observe({ type: 'longtask', buffered: false });
  setInterval(() => {
    window.__peakHeap = Math.max(window.__peakHeap, performance.memory?.usedJSHeapSize ?? 0);
  }, 100);
};

/**
 * Waits until the app's service worker has cached the app, as it has for anyone who opened it
 * before: the first visit's download of the app must not be timed as part of an import or export.
 */
export const waitForAppInstalled = (page) =>
  page.evaluate(async () => {
    if ('serviceWorker' in navigator) await navigator.serviceWorker.ready;
  });

const appImport = async (browser, base, filePath) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  const workerStarted = page.waitForEvent('worker');
  await page.goto(`${base}/import`);
  // The import screen loads SheetJS in its worker while the user picks a file (which takes a person
  // seconds). The clock starts once that worker is ready, as the floor's starts once SheetJS is loaded:
  // the import is timed, not page load, which on a busy two-core machine overlaps the worker's start.
  const worker = await workerStarted;
  await waitForAppInstalled(page);
  await page.waitForLoadState('networkidle');
  await worker.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => (self.onmessage ? resolve(undefined) : setTimeout(check, 20));
        check();
      }),
  );
  await page.getByLabel('Choose a spreadsheet').setInputFiles(filePath);
  await page.getByRole('heading', { name: 'Preview' }).waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: /^Import \d/ }).click({ noWaitAfter: true, timeout: 600_000 });
  await page.getByRole('heading', { name: 'Imported' }).waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => window.__marks.imported !== undefined);
  const { longest, peakHeap, marks } = await page.evaluate(() => ({
    longest: window.__longest(window.__marks.fileChosen, window.__marks.imported),
    peakHeap: window.__peakHeap,
    marks: window.__marks,
  }));
  const readMs = Math.round(marks.preview - marks.fileChosen);
  const commitMs = Math.round(marks.imported - marks.importClicked);
  const contacts = await page.getByText(/contacts? created/).textContent();
  await context.close();
  return { ms: readMs + commitMs, readMs, commitMs, longest, peakHeap, contacts: contacts?.trim() };
};

/**
 * The floor: what bare SheetJS (`XLSX.read` with its default options) and one Dexie bulkAdd of the
 * rows take for the same file. `dense: true` (as the app reads) gives a faster floor, printed for
 * reference, and is used for 100,000 rows, where the default sparse sheet needs about 2 GiB of heap (STACK.md).
 */
const floorImport = async (browser, base, filePath, { dense = false } = {}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/settings`);
  await page.addScriptTag({ path: SHEETJS });
  await page.addScriptTag({ path: DEXIE });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'floor-file';
    document.body.append(input);
  });
  await page.setInputFiles('#floor-file', filePath);
  const ms = await page.evaluate(async (isDense) => {
    const file = document.getElementById('floor-file').files[0];
    const started = performance.now();
    const { XLSX: sheetJs, Dexie: DexieInPage } = window;
    const workbook = sheetJs.read(
      new Uint8Array(await file.arrayBuffer()),
      isDense ? { type: 'array', dense: true } : { type: 'array' },
    );
    const rows = sheetJs.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]]);
    const db = new DexieInPage('floor');
    db.version(1).stores({ rows: '++id' });
    await db.table('rows').bulkAdd(rows);
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  }, dense);
  await context.close();
  return ms;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const runImportExportBench = async (browser, base, parts = new Set(['import10k', 'import100k', 'export'])) => {
  const results = [];
  if (!existsSync(FLAT_10K)) return [['import bench', `skipped: ${FLAT_10K} not found`, '']];
  if (parts.has('import10k')) {
    // Five runs each (BENCH_RUNS), alternating, so a slow moment of this shared two-core machine
    // does not decide the ratio; every run is printed, so the spread is visible.
    const runs = Number(process.env.BENCH_RUNS ?? 5);
    const floors = [];
    const denseFloors = [];
    const apps = [];
    for (let run = 0; run < runs; run += 1) {
      floors.push(await floorImport(browser, base, FLAT_10K));
      denseFloors.push(await floorImport(browser, base, FLAT_10K, { dense: true }));
      apps.push(await appImport(browser, base, FLAT_10K));
    }
    const app10k = apps.find((run) => run.ms === median(apps.map((each) => each.ms)));
    const floor10k = median(floors);
    const denseFloor10k = median(denseFloors);
    results.push([
      `import 10k .xlsx: app (file chosen → preview, Import → done), median of ${runs}`,
      `${app10k.ms.toFixed(0)} ms (read ${app10k.readMs} + commit ${app10k.commitMs}; runs: ${apps.map((run) => run.ms.toFixed(0)).join(', ')}); ${app10k.contacts}`,
      '',
    ]);
    results.push([
      `import 10k .xlsx: floor (bare XLSX.read + sheet_to_json + bulkAdd), median of ${runs}`,
      `${floor10k.toFixed(0)} ms (runs: ${floors.map((ms) => ms.toFixed(0)).join(', ')})`,
      '',
    ]);
    results.push(['import 10k: ratio to floor (median to median)', `${(app10k.ms / floor10k).toFixed(2)}×`, '≤ 1.5×']);
    results.push([
      `for reference: floor reading with dense: true, median of ${runs}`,
      `${denseFloor10k.toFixed(0)} ms (runs: ${denseFloors.map((ms) => ms.toFixed(0)).join(', ')}); ratio ${(app10k.ms / denseFloor10k).toFixed(2)}×`,
      '',
    ]);
    results.push([
      `import 10k: longest main-thread task (worst of ${runs})`,
      `${Math.max(...apps.map((run) => run.longest)).toFixed(0)} ms`,
      '≤ 200 ms',
    ]);
    results.push(['import 10k: peak JS heap of the page', `${(app10k.peakHeap / 1048576).toFixed(0)} MiB`, '']);
  }

  if (parts.has('import100k')) {
    const path100k = generate100k();
    try {
      const floor100k = await floorImport(browser, base, path100k, { dense: true });
      const app100k = await appImport(browser, base, path100k);
      results.push([
        'import 100k .xlsx: app (read + commit)',
        `${app100k.ms.toFixed(0)} ms (read ${app100k.readMs} + commit ${app100k.commitMs}); ${app100k.contacts}`,
        'completes',
      ]);
      results.push([
        'import 100k .xlsx: floor (dense: true; the default sparse read of 100k rows needs about 2 GiB of heap, near the tab’s limit)',
        `${floor100k.toFixed(0)} ms`,
        '',
      ]);
      results.push(['import 100k: ratio to floor', `${(app100k.ms / floor100k).toFixed(2)}×`, '']);
      results.push(['import 100k: longest main-thread task', `${app100k.longest.toFixed(0)} ms`, '≤ 200 ms']);
      results.push(['import 100k: peak JS heap of the page', `${(app100k.peakHeap / 1048576).toFixed(0)} MiB`, '']);
    } catch (error) {
      results.push(['import 100k .xlsx', `failed: ${error.message.split('\n')[0]}`, 'completes']);
    }
  }
  if (!parts.has('export')) return results;

  // Export: the app's archive of 10,000 contacts, next to bare json_to_sheet + XLSX.write of them.
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(`${base}/opportunities`);
  await page.getByRole('button', { name: 'Load example plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Example: Enterprise Modernization Program' }).waitFor();
  const opportunityId = new URL(page.url()).pathname.split('/')[2];
  await page.evaluate(seedContacts, { opportunityId, count: 10_000 });
  await waitForAppInstalled(page);
  const exports = [];
  for (let run = 0; run < 3; run += 1) {
    await page.goto(`${base}/opportunities`);
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Export archive' }).click();
    await download;
    exports.push(
      await page.evaluate(() => ({
        ms: Math.round(window.__marks.exportReady - window.__marks.exportClicked),
        longest: window.__longest(window.__marks.exportClicked, window.__marks.exportReady),
      })),
    );
  }
  const exportMs = median(exports.map((run) => run.ms));
  const exportLongest = Math.max(...exports.map((run) => run.longest));
  await page.addScriptTag({ path: SHEETJS });
  const floorExports = [];
  for (let run = 0; run < 3; run += 1) floorExports.push(await page.evaluate(floorExportInPage));
  const floorExport = median(floorExports);
  await context.close();
  results.push([
    'archive export, 10k contacts: app (click → file ready to download), median of 3',
    `${exportMs} ms (runs: ${exports.map((run) => run.ms).join(', ')})`,
    '',
  ]);
  results.push([
    'archive export: floor (json_to_sheet + XLSX.write of the contacts), median of 3',
    `${floorExport.toFixed(0)} ms (runs: ${floorExports.map((ms) => ms.toFixed(0)).join(', ')})`,
    '',
  ]);
  results.push(['archive export: ratio to floor', `${(exportMs / floorExport).toFixed(2)}×`, '≤ 1.5×']);
  results.push(['archive export: longest main-thread task (worst of 3)', `${exportLongest.toFixed(0)} ms`, '≤ 200 ms']);
  return results;
};

/** The export floor, run in the page: the contacts as read, through bare json_to_sheet and XLSX.write. */
const floorExportInPage = () =>
  new Promise((resolveFloor, reject) => {
    const request = indexedDB.open('contact-plan');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const read = request.result.transaction('contacts').objectStore('contacts').getAll();
      read.onsuccess = () => {
        const started = performance.now();
        const rows = read.result.map((contact) =>
          Object.fromEntries(
            Object.entries(contact).map(([key, value]) => [
              key,
              typeof value === 'object' && value !== null ? JSON.stringify(value) : value,
            ]),
          ),
        );
        const sheetJs = window.XLSX;
        const workbook = sheetJs.utils.book_new();
        sheetJs.utils.book_append_sheet(workbook, sheetJs.utils.json_to_sheet(rows), 'contacts');
        sheetJs.write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
        resolveFloor(performance.now() - started);
      };
    };
  });
