import { cellText, type SheetCell } from '../../../domain/import/cells';
import { importFieldLabels, importFields, type ColumnMapping, type ImportField } from '../../../domain/import/columns';
import type { ImportLayout } from '../../../domain/import/build-contacts';
import type { SheetSummary } from '../../../data/import-session/protocol';
import { countLabel } from '../../../domain/count-label';

export type ImportSetup = {
  sheetIndex: number;
  headerRow: number;
  mapping: ColumnMapping;
  layout: ImportLayout;
  dayFirst: boolean;
  ourCompanyNames: string;
};

type SetupStepProps = {
  sheets: readonly SheetSummary[];
  /** The header must be within the first rows (the ones the worker sent). */
  maxHeaderRow: number;
  setup: ImportSetup;
  onChange: (changes: Partial<ImportSetup>) => void;
};

/** Choose the sheet and header row, map columns to fields, and say how the sheet is laid out. */
export const SetupStep = ({ sheets, maxHeaderRow, setup, onChange }: SetupStepProps) => {
  const sheet = sheets[setup.sheetIndex];
  const rows: SheetCell[][] = sheet?.head ?? [];
  const headers = (rows[setup.headerRow] ?? []).map(cellText);
  const sample = (column: number) =>
    rows
      .slice(setup.headerRow + 1)
      .map((row) => cellText(row[column]))
      .find((text) => text !== '') ?? '';

  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Read the sheet</h2>
      {sheet?.leftOut ? (
        <p className="notice notice-warning" role="note">
          {sheet.leftOut}
        </p>
      ) : null}
      <div className="form-columns">
        <div className="form-field">
          <label htmlFor="import-sheet">Sheet</label>
          <select
            id="import-sheet"
            value={setup.sheetIndex}
            onChange={(event) => onChange({ sheetIndex: Number(event.target.value) })}
          >
            {sheets.map((each, index) => (
              <option key={each.name} value={index}>
                {each.name} ({countLabel(each.rowCount, 'row')})
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="import-header-row">Header row</label>
          <input
            id="import-header-row"
            type="number"
            min={1}
            max={Math.max(1, Math.min(rows.length, maxHeaderRow))}
            value={setup.headerRow + 1}
            aria-describedby="import-header-hint"
            onChange={(event) => {
              const row = Number(event.target.value);
              if (Number.isInteger(row) && row >= 1 && row <= Math.min(rows.length, maxHeaderRow))
                onChange({ headerRow: row - 1 });
            }}
          />
          <p id="import-header-hint" className="field-hint">
            Row {setup.headerRow + 1} holds the column names (one of the first {maxHeaderRow}); rows above it (titles)
            are skipped.
          </p>
        </div>
        <div className="form-field">
          <label htmlFor="import-our-company">Our company’s names</label>
          <input
            id="import-our-company"
            type="text"
            value={setup.ourCompanyNames}
            aria-describedby="import-our-company-hint"
            onChange={(event) => onChange({ ourCompanyNames: event.target.value })}
          />
          <p id="import-our-company-hint" className="field-hint">
            People with one of these (comma-separated) in their title are ours.
          </p>
        </div>
      </div>
      <fieldset>
        <legend>Layout</legend>
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name="import-layout"
              checked={setup.layout === 'seed'}
              onChange={() => onChange({ layout: 'seed' })}
            />
            One contact spans several rows (a row with a When starts it)
          </label>
          <label>
            <input
              type="radio"
              name="import-layout"
              checked={setup.layout === 'one-row-per-contact'}
              onChange={() => onChange({ layout: 'one-row-per-contact' })}
            />
            One row per contact
          </label>
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={setup.dayFirst}
            onChange={(event) => onChange({ dayFirst: event.target.checked })}
          />
          Dates are written day first (23/07/2014)
        </label>
      </fieldset>
      <div className="table-wrap">
        <table className="data-table" aria-label="Column mapping">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First value</th>
              <th scope="col">Goes to</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, column) => (
              <tr key={column}>
                <th scope="row">{header || `Column ${String(column + 1)}`}</th>
                <td className="muted">{sample(column).slice(0, 80)}</td>
                <td>
                  <select
                    aria-label={`Column ${header || String(column + 1)} goes to`}
                    value={setup.mapping[column] ?? 'ignore'}
                    onChange={(event) =>
                      onChange({
                        mapping: { ...setup.mapping, [column]: event.target.value as ImportField | 'ignore' },
                      })
                    }
                  >
                    <option value="ignore">{importFieldLabels.ignore}</option>
                    {importFields.map((field) => (
                      <option key={field} value={field}>
                        {importFieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
