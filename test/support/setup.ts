import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../src/data/db';
import { clearReadProblems } from '../../src/data/read-problems';

// jsdom lays nothing out, so it has no scrollIntoView; components call it to bring a heading into view.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

// Each test starts from an empty database (Dexie keeps its own handle on indexedDB, so deleting
// through it is what resets it) and an empty DOM (globals are off, so RTL cannot clean up alone).
beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  clearReadProblems();
});

afterEach(() => {
  cleanup();
});
