import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { contactStatusLabels, type ContactFields, type ContactStatus } from '../../../domain/contact';
import type { ContactId } from '../../../domain/ids';
import type { RecordEdit } from '../../../domain/record-edit';
import { useContactPlanStore } from '../stores/contact-plan-store';
import type { ContactSortKey } from '../utils/contact-filters';
import type { ContactRow } from '../utils/contact-rows';
import { GRID_HEADER_HEIGHT, GRID_ROW_HEIGHT, gridColumns, type GridColumn } from '../utils/grid-columns';
import { ColumnResizeHandle } from './column-resize-handle';
import { GridCellEditor, type CellEditorKind } from './grid-cell-editor';
import { ContactCellContent } from './contact-cell-content';

const HEADER_ROW = -1;
const sortableColumns: Partial<Record<string, ContactSortKey>> = {
  who: 'who',
  when: 'when',
  where: 'where',
  status: 'status',
};

/**
 * A cell being edited: where, what is typed, and the contact it edits with the value the cell held
 * when editing began (the edit's base: a change saved meanwhile elsewhere is then a conflict the
 * user sees, not an overwrite).
 */
type Editing = { rowIndex: number; columnIndex: number; draft: string; contactId: ContactId; base: string };

type ContactGridProps = {
  rows: readonly ContactRow[];
  filterText: string;
  sort: { key: ContactSortKey; direction: 'ascending' | 'descending' };
  onSort: (key: ContactSortKey) => void;
  /** Saves a cell's edit; resolves false when it was not saved (the editor then opens again with the text). */
  onEdit: (contactId: ContactId, edit: RecordEdit<ContactFields>) => Promise<boolean>;
  onOpenDetails: (contactId: ContactId) => void;
  onActiveContactChange: (contactId: ContactId | null) => void;
  /** Set to a contact id to move the active cell to its row (after adding or duplicating one). */
  focusRequest: { contactId: ContactId; nonce: number } | null;
};

const editorKind = (column: GridColumn): CellEditorKind | null =>
  column.edit === 'panel' ? null : column.edit === 'date' ? 'date' : column.edit === 'status' ? 'status' : 'text';

/** The edit of one cell: its field, from the value it held when editing began to what was typed. */
const cellEdit = (column: GridColumn, base: string, draft: string): RecordEdit<ContactFields> => {
  if (column.edit === 'date') return { base: { date: base || null }, changes: { date: draft || null } };
  if (column.edit === 'status')
    return { base: { status: base as ContactStatus }, changes: { status: draft as ContactStatus } };
  if (typeof column.edit === 'object')
    return { base: { [column.edit.field]: base }, changes: { [column.edit.field]: draft } };
  return { base: {}, changes: {} };
};

const cellValue = (row: ContactRow, column: GridColumn): string => {
  if (column.edit === 'date') return row.contact.date ?? '';
  if (column.edit === 'status') return row.contact.status;
  if (typeof column.edit === 'object') return row.contact[column.edit.field];
  return '';
};

/**
 * The contact plan as a spreadsheet: an ARIA grid with one focusable cell (roving tabindex),
 * virtualized so 10,000 rows scroll smoothly. Arrow keys move, Enter or typing edits, Escape
 * cancels, Tab moves on; Alt+←/→ on a header resizes its column, Enter on it sorts.
 */
export const ContactGrid = ({
  rows,
  filterText,
  sort,
  onSort,
  onEdit,
  onOpenDetails,
  onActiveContactChange,
  focusRequest,
}: ContactGridProps) => {
  const gridRef = useRef<HTMLDivElement>(null);
  const columnWidths = useContactPlanStore((state) => state.columnWidths);
  const setColumnWidth = useContactPlanStore((state) => state.setColumnWidth);
  const [active, setActive] = useState({ rowIndex: rows.length > 0 ? 0 : HEADER_ROW, columnIndex: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const shouldFocusActive = useRef(false);

  const rowIndex = Math.min(active.rowIndex, rows.length - 1);
  const activeRowIndex = rowIndex < 0 && rows.length > 0 && active.rowIndex !== HEADER_ROW ? 0 : rowIndex;
  const activeContactId = rows[activeRowIndex]?.contact.id ?? null;

  useEffect(() => {
    onActiveContactChange(activeContactId);
  }, [activeContactId, onActiveContactChange]);

  const widths = gridColumns.map((column) => columnWidths[column.key] ?? column.width);
  const template: CSSProperties = { gridTemplateColumns: widths.map((width) => `${String(width)}px`).join(' ') };

  // No React Compiler here, so the virtualizer's unmemoizable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => GRID_ROW_HEIGHT,
    overscan: 8,
    // The sticky header sits above the rows inside the same scroll box.
    scrollMargin: GRID_HEADER_HEIGHT,
    scrollPaddingStart: GRID_HEADER_HEIGHT,
    // The active row always stays rendered, so there is always one cell to Tab into.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        return activeRowIndex >= 0 && !indexes.includes(activeRowIndex)
          ? [...indexes, activeRowIndex].sort((a, b) => a - b)
          : indexes;
      },
      [activeRowIndex],
    ),
  });

  const moveTo = (nextRow: number, nextColumn: number) => {
    const row = Math.max(HEADER_ROW, Math.min(rows.length - 1, nextRow));
    const column = Math.max(0, Math.min(gridColumns.length - 1, nextColumn));
    shouldFocusActive.current = true;
    setActive({ rowIndex: row, columnIndex: column });
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
  };

  useEffect(() => {
    if (!focusRequest) return;
    const index = rows.findIndex((row) => row.contact.id === focusRequest.contactId);
    if (index >= 0) moveTo(index, 0);
    // Only a new request moves the cell; rows changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  // After a keyboard move, focus the new active cell once it is rendered.
  useEffect(() => {
    if (!shouldFocusActive.current || editing) return;
    const frame = requestAnimationFrame(() => {
      const cell = gridRef.current?.querySelector<HTMLElement>('[data-active-cell="true"]');
      if (cell) {
        cell.focus({ preventScroll: activeRowIndex < 0 });
        shouldFocusActive.current = false;
      }
    });
    return () => cancelAnimationFrame(frame);
  });

  const startEditing = (row: number, columnIndex: number, initial?: string) => {
    const column = gridColumns[columnIndex];
    const target = rows[row];
    if (!column || !target) return;
    if (editorKind(column) === null) {
      onOpenDetails(target.contact.id);
      return;
    }
    const base = cellValue(target, column);
    setEditing({ rowIndex: row, columnIndex, draft: initial ?? base, contactId: target.contact.id, base });
  };

  // The rows as they are when a save comes back, to find the edited contact again.
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  }, [rows]);

  /** A cell whose save failed (a full disk, a refused rule) opens again with what was typed. */
  const reopenEditor = (failed: Editing) => {
    const rowIndex = rowsRef.current.findIndex((row) => row.contact.id === failed.contactId);
    if (rowIndex < 0) return;
    setActive({ rowIndex, columnIndex: failed.columnIndex });
    setEditing({ ...failed, rowIndex });
  };

  const finishEditing = (how: 'enter' | 'tab' | 'shift-tab' | 'escape' | 'blur') => {
    const current = editing;
    setEditing(null);
    if (!current) return;
    shouldFocusActive.current = how !== 'blur';
    const column = gridColumns[current.columnIndex];
    if (how !== 'escape' && column && current.draft !== current.base) {
      void onEdit(current.contactId, cellEdit(column, current.base, current.draft)).then((isSaved) => {
        if (!isSaved) reopenEditor(current);
      });
    }
    if (how === 'enter') moveTo(current.rowIndex + 1, current.columnIndex);
    if (how === 'tab') moveTo(current.rowIndex, current.columnIndex + 1);
    if (how === 'shift-tab') moveTo(current.rowIndex, current.columnIndex - 1);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    if (editing) return;
    const { columnIndex } = active;
    const row = activeRowIndex;
    const column = gridColumns[columnIndex];
    const pageSize = Math.max(1, Math.floor((gridRef.current?.clientHeight ?? 600) / GRID_ROW_HEIGHT) - 1);
    const keyMoves: Record<string, () => void> = {
      ArrowDown: () => moveTo(row + 1, columnIndex),
      ArrowUp: () => moveTo(row - 1, columnIndex),
      ArrowRight: () => moveTo(row, columnIndex + 1),
      ArrowLeft: () => moveTo(row, columnIndex - 1),
      PageDown: () => moveTo(row + pageSize, columnIndex),
      PageUp: () => moveTo(Math.max(0, row - pageSize), columnIndex),
      Home: () => (event.ctrlKey ? moveTo(0, 0) : moveTo(row, 0)),
      End: () =>
        event.ctrlKey ? moveTo(rows.length - 1, gridColumns.length - 1) : moveTo(row, gridColumns.length - 1),
    };
    if (row === HEADER_ROW && column && event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      setColumnWidth(column.key, (widths[columnIndex] ?? column.width) + (event.key === 'ArrowRight' ? 16 : -16));
      return;
    }
    const move = keyMoves[event.key];
    if (move) {
      event.preventDefault();
      move();
      return;
    }
    if (event.key === 'Tab') {
      // Tab moves on within the row, as in Excel; at either end of the grid it leaves.
      const next = columnIndex + (event.shiftKey ? -1 : 1);
      if (next >= 0 && next < gridColumns.length) {
        event.preventDefault();
        moveTo(row, next);
      }
      return;
    }
    if (row === HEADER_ROW) {
      const sortKey = column ? sortableColumns[column.key] : undefined;
      if ((event.key === 'Enter' || event.key === ' ') && sortKey) {
        event.preventDefault();
        onSort(sortKey);
      }
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(row, columnIndex);
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      column &&
      editorKind(column) === 'text'
    ) {
      // Typing over a cell starts editing it with what was typed, as in a spreadsheet.
      event.preventDefault();
      startEditing(row, columnIndex, event.key);
    }
  };

  const isActive = (row: number, column: number) => row === activeRowIndex && column === active.columnIndex;

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label="Contact plan"
      aria-rowcount={rows.length + 1}
      aria-colcount={gridColumns.length}
      aria-describedby="contact-grid-help"
      className="contact-grid"
      data-row-count={rows.length}
      data-filter-text={filterText}
      onKeyDown={handleKeyDown}
    >
      <div role="row" aria-rowindex={1} className="grid-row grid-header-row" style={template}>
        {gridColumns.map((column, columnIndex) => {
          const sortKey = sortableColumns[column.key];
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-colindex={columnIndex + 1}
              aria-sort={sortKey && sort.key === sortKey ? sort.direction : undefined}
              tabIndex={isActive(HEADER_ROW, columnIndex) ? 0 : -1}
              data-active-cell={isActive(HEADER_ROW, columnIndex)}
              className="grid-cell grid-header-cell"
              onClick={() => {
                setActive({ rowIndex: HEADER_ROW, columnIndex });
                if (sortKey) onSort(sortKey);
              }}
            >
              {column.label}
              {sortKey && sort.key === sortKey ? (
                <span aria-hidden="true">{sort.direction === 'ascending' ? ' ▲' : ' ▼'}</span>
              ) : null}
              <ColumnResizeHandle
                width={widths[columnIndex] ?? column.width}
                onResize={(width) => setColumnWidth(column.key, width)}
              />
            </div>
          );
        })}
      </div>
      <div className="grid-body" style={{ height: `${String(virtualizer.getTotalSize())}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.contact.id}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === activeRowIndex}
              className={`grid-row${item.index === activeRowIndex ? ' grid-row-active' : ''}`}
              style={{
                ...template,
                transform: `translateY(${String(item.start - GRID_HEADER_HEIGHT)}px)`,
                height: `${String(GRID_ROW_HEIGHT)}px`,
              }}
            >
              {gridColumns.map((column, columnIndex) => {
                const isEditingHere = editing?.rowIndex === item.index && editing.columnIndex === columnIndex;
                const kind = editorKind(column);
                return (
                  <div
                    key={column.key}
                    role="gridcell"
                    aria-colindex={columnIndex + 1}
                    aria-readonly={kind === null ? true : undefined}
                    tabIndex={isActive(item.index, columnIndex) && !isEditingHere ? 0 : -1}
                    data-active-cell={isActive(item.index, columnIndex)}
                    className="grid-cell"
                    onClick={() => setActive({ rowIndex: item.index, columnIndex })}
                    onDoubleClick={() => startEditing(item.index, columnIndex)}
                  >
                    {isEditingHere && kind ? (
                      <GridCellEditor
                        kind={kind}
                        label={`${column.label}, row ${String(item.index + 1)}`}
                        value={editing.draft}
                        onChange={(draft) => setEditing({ ...editing, draft })}
                        onFinish={finishEditing}
                      />
                    ) : (
                      <ContactCellContent
                        row={row}
                        columnKey={column.key}
                        statusLabel={contactStatusLabels[row.contact.status]}
                      />
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
};
