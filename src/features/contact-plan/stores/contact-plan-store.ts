import { create } from 'zustand';
import type { ContactId, OpportunityId } from '../../../domain/ids';
import { emptyContactFilters, type ContactFilters } from '../utils/contact-filters';

/** The contact plan's UI state: filters, column widths, the open detail panel. Records stay in Dexie. */
type ContactPlanState = {
  opportunityId: OpportunityId | null;
  filters: ContactFilters;
  columnWidths: Record<string, number>;
  /** The contact whose detail panel is open ('new' is never used: rows are added first). */
  openContactId: ContactId | null;
  /** Field changes the grid could not save alone (e.g. a date inside the quiet period needs a reason). */
  pendingChanges: Record<string, unknown> | null;
  /** The open contact was just added by Add contact: closing it unsaved removes the blank row again. */
  isNewContact: boolean;
  selectOpportunity: (opportunityId: OpportunityId) => void;
  setFilters: (changes: Partial<ContactFilters>) => void;
  clearFilters: () => void;
  setColumnWidth: (column: string, width: number) => void;
  openContact: (contactId: ContactId, pendingChanges?: Record<string, unknown>, isNewContact?: boolean) => void;
  closeContact: () => void;
};

export const useContactPlanStore = create<ContactPlanState>()((set, get) => ({
  opportunityId: null,
  filters: emptyContactFilters,
  columnWidths: {},
  openContactId: null,
  pendingChanges: null,
  isNewContact: false,
  selectOpportunity: (opportunityId) => {
    // Filters belong to one plan: switching opportunity starts unfiltered.
    if (get().opportunityId !== opportunityId)
      set({ opportunityId, filters: emptyContactFilters, openContactId: null, pendingChanges: null });
  },
  setFilters: (changes) => {
    set((state) => ({ filters: { ...state.filters, ...changes } }));
  },
  clearFilters: () => {
    set((state) => ({
      filters: { ...emptyContactFilters, sort: state.filters.sort, direction: state.filters.direction },
    }));
  },
  setColumnWidth: (column, width) => {
    set((state) => ({
      columnWidths: { ...state.columnWidths, [column]: Math.max(80, Math.min(800, Math.round(width))) },
    }));
  },
  openContact: (contactId, pendingChanges, isNewContact = false) => {
    set({ openContactId: contactId, pendingChanges: pendingChanges ?? null, isNewContact });
  },
  closeContact: () => {
    set({ openContactId: null, pendingChanges: null, isNewContact: false });
  },
}));
