import type { ContactFields } from '../../../domain/contact';

/**
 * The columns of the contact plan, in the order of the capture guide's table (Who / What / When /
 * Where / Why / How) plus status and flags. `edit` says how a cell is edited: in place (text,
 * date, status) or in the detail panel (people, asks and tells, flags).
 */
export type GridColumn = {
  key: string;
  label: string;
  width: number;
  edit: 'panel' | 'date' | 'status' | { field: keyof Pick<ContactFields, 'location' | 'objective' | 'method'> };
};

export const gridColumns: readonly GridColumn[] = [
  { key: 'who', label: 'Who', width: 200, edit: 'panel' },
  { key: 'attendees', label: 'Our attendees', width: 180, edit: 'panel' },
  { key: 'what', label: 'What', width: 300, edit: 'panel' },
  { key: 'when', label: 'When', width: 170, edit: 'date' },
  { key: 'where', label: 'Where', width: 160, edit: { field: 'location' } },
  { key: 'why', label: 'Why', width: 220, edit: { field: 'objective' } },
  { key: 'how', label: 'How', width: 150, edit: { field: 'method' } },
  { key: 'status', label: 'Status', width: 110, edit: 'status' },
  { key: 'flags', label: 'Flags', width: 170, edit: 'panel' },
];

export const GRID_ROW_HEIGHT = 76;
export const GRID_HEADER_HEIGHT = 44;
