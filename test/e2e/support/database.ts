import type { Page } from '@playwright/test';

/** Every record of every table, read straight from IndexedDB (not through the app). */
export const readAllTables = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('contact-plan');
        request.onerror = () => reject(request.error ?? new Error('cannot open'));
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          if (names.length === 0) {
            database.close();
            resolve({});
            return;
          }
          const transaction = database.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              tables[name] = all.result as unknown[];
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(tables);
          };
        };
      }),
  );

export const countRecords = (tables: Record<string, unknown[]>) =>
  Object.values(tables).reduce((sum, records) => sum + records.length, 0);

/**
 * Writes records straight into IndexedDB, past the app: test set-up for sizes no user types by
 * hand. Each copy of `template` gets a fresh id and the fields `vary` gives it.
 */
export const putCopies = (
  page: Page,
  table: string,
  template: Record<string, unknown>,
  count: number,
  vary: 'contact-dates' | 'none' = 'none',
) =>
  page.evaluate(
    ({ table, template, count, vary }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('contact-plan');
        request.onerror = () => reject(request.error ?? new Error('cannot open'));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction([table], 'readwrite');
          const store = transaction.objectStore(table);
          for (let index = 0; index < count; index += 1) {
            const copy: Record<string, unknown> = { ...template, id: crypto.randomUUID() };
            if (vary === 'contact-dates') {
              // Planned days through 2030, so no copy is "held" in the future.
              const day = new Date(Date.UTC(2027, 0, 1) + (index % 1000) * 86_400_000).toISOString().slice(0, 10);
              Object.assign(copy, {
                date: day,
                status: 'planned',
                heldDate: null,
                heldStartTime: null,
                heldEndTime: null,
              });
            }
            store.put(copy);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    { table, template, count, vary },
  );

/** Chooses a backup file in Settings' Restore backup, as a user does. */
export const chooseBackupFile = async (page: Page, file: { name: string; buffer: Buffer }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/json' });
};
