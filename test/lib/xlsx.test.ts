import { expect, test } from 'vitest';
import { sheetJsVersion } from '../../src/lib/xlsx';

test('xlsx resolves to SheetJS 0.20.3, the release with the prototype-pollution and ReDoS fixes', () => {
  expect(sheetJsVersion).toBe('0.20.3');
});
