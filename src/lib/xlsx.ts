/**
 * The only module that imports SheetJS (about 950 kB): import it lazily (`await import(...)`) from
 * the screens that read or write spreadsheets so it stays out of the initial bundle.
 */
import * as XLSX from 'xlsx';

/** The SheetJS build in use; 0.20.3 has the fixes for CVE-2023-30533 and CVE-2024-22363. */
export const sheetJsVersion: string = XLSX.version;
