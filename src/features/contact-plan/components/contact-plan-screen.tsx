import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { ContactFields } from '../../../domain/contact';
import type { Opportunity } from '../../../domain/opportunity';
import { useSettingsStore } from '../../../stores/settings-store';
import { EmptyState } from '../../../ui/empty-state';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { downloadFile, fileNameFrom } from '../../../lib/download';
import { contactRowsToCsv } from '../utils/contact-csv';
import { ModalDialog } from '../../../ui/modal-dialog';
import { QuietPeriodReasonRequiredError } from '../../../data/repositories/contacts-repository';
import { contactStatusLabels, type Contact } from '../../../domain/contact';
import type { ContactId } from '../../../domain/ids';
import type { RecordEdit } from '../../../domain/record-edit';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import { errorMessage } from '../../../ui/error-message';
import {
  useAddContact,
  useContactPlanData,
  useDeleteContact,
  useDiscardBlankContact,
  useDuplicateContact,
  useEditContact,
} from '../api/use-contact-plan';
import { useContactPlanStore } from '../stores/contact-plan-store';
import { filterContactRows, sortContactRows, type ContactSortKey } from '../utils/contact-filters';
import { buildContactRows } from '../utils/contact-rows';
import { ContactDetailForm } from './contact-detail-form';
import { ContactFiltersBar } from './contact-filters-bar';
import { ContactGrid } from './contact-grid';
import { ErrorAlert } from '../../../ui/error-alert';
import { countLabel, formatCount } from '../../../domain/count-label';

/** The Contact plan tab: the spreadsheet of contacts, its filters and the detail panel. */
export const ContactPlanScreen = ({
  opportunity,
  toolbarExtras,
}: {
  opportunity: Opportunity;
  toolbarExtras?: ReactNode;
}) => {
  const data = useContactPlanData(opportunity.id);
  const windowDays = useSettingsStore((state) => state.deconflictionWindowDays);
  const {
    filters,
    openContactId,
    pendingChanges,
    isNewContact,
    selectOpportunity,
    setFilters,
    openContact,
    closeContact,
  } = useContactPlanStore();
  const discardBlankContact = useDiscardBlankContact();
  const addContact = useAddContact();
  const duplicateContact = useDuplicateContact();
  const deleteContact = useDeleteContact();
  const editContact = useEditContact();
  const [activeContactId, setActiveContactId] = useState<ContactId | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ contactId: ContactId; nonce: number } | null>(null);
  const { error: actionError, run } = useActionRunner();
  const [editError, setEditError] = useState<string | null>(null);
  const cellSave = useConflictAwareSave<ContactFields, Contact>();

  useEffect(() => selectOpportunity(opportunity.id), [opportunity.id, selectOpportunity]);

  // Rows and their flags change only with the data; sorting and filtering work on top of them.
  const rows = useMemo(
    () => (data ? buildContactRows(opportunity, data.contacts, data.stakeholders, data.teamMembers, windowDays) : []),
    [data, opportunity, windowDays],
  );
  const sortedRows = useMemo(
    () => sortContactRows(rows, filters.sort, filters.direction),
    [rows, filters.sort, filters.direction],
  );
  const deferredFilters = useDeferredValue(filters);
  const shownRows = useMemo(() => filterContactRows(sortedRows, deferredFilters), [sortedRows, deferredFilters]);

  // A cell's edit: saved with the value it was based on. A change saved meanwhile to the same cell
  // is shown beside it to choose from; any other failure keeps the typed text in the cell.
  const { save: saveCell } = cellSave;
  const handleEdit = useCallback(
    async (contactId: ContactId, edit: RecordEdit<ContactFields>): Promise<boolean> => {
      setEditError(null);
      try {
        await saveCell(edit, (next) => editContact(contactId, next));
        return true;
      } catch (error) {
        if (error instanceof QuietPeriodReasonRequiredError) {
          // The grid cannot ask for a reason: open the panel with the change, and ask there.
          setEditError(errorMessage(error));
          openContact(contactId, edit.changes);
          return true;
        }
        setEditError(errorMessage(error));
        return false;
      }
    },
    [saveCell, editContact, openContact],
  );

  const handleSort = useCallback(
    (key: ContactSortKey) =>
      setFilters({
        sort: key,
        direction: filters.sort === key && filters.direction === 'ascending' ? 'descending' : 'ascending',
      }),
    [filters.sort, filters.direction, setFilters],
  );

  if (!data) return <p aria-busy="true">Loading the contact plan…</p>;
  const openedContact = data.contacts.find((contact) => contact.id === openContactId);

  const handleAdd = () =>
    run(async () => {
      const created = await addContact(opportunity.id);
      setFilters({ text: '', status: '', stakeholderId: '', attendeeId: '', level: '', from: '', to: '' });
      setFocusRequest({ contactId: created.id, nonce: Date.now() });
      openContact(created.id, undefined, true);
    });

  // Closing the panel of a just-added contact without saving takes the blank row away again.
  const handleCloseWithoutSaving = () => {
    const contactId = openContactId;
    const wasNew = isNewContact;
    closeContact();
    setEditError(null);
    if (wasNew && contactId) void run(() => discardBlankContact(contactId));
  };

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => void handleAdd()}>
          Add contact
        </button>
        <button
          type="button"
          className="button"
          disabled={!activeContactId}
          onClick={() => activeContactId && openContact(activeContactId)}
        >
          Open details
        </button>
        <button
          type="button"
          className="button"
          disabled={!activeContactId}
          onClick={() =>
            activeContactId &&
            void run(async () => {
              const copy = await duplicateContact(activeContactId);
              setFocusRequest({ contactId: copy.id, nonce: Date.now() });
            })
          }
        >
          Duplicate contact
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={!activeContactId}
          onClick={() => activeContactId && void run(() => deleteContact(activeContactId))}
        >
          Delete contact
        </button>
        <Link className="button" to={hrefs.importIntoOpportunity(opportunity.id)}>
          Import spreadsheet
        </Link>
        {toolbarExtras}
        <button
          type="button"
          className="button"
          disabled={shownRows.length === 0}
          onClick={() =>
            downloadFile(
              contactRowsToCsv(shownRows),
              `${fileNameFrom(opportunity.name)} contacts.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          Export CSV
        </button>
      </div>
      <ErrorAlert message={actionError ?? editError} />
      {cellSave.conflicts ? (
        <EditConflictChoices
          what="this contact"
          table="contacts"
          conflicts={cellSave.conflicts}
          describe={(_field, value) => describeValue(value, { labels: contactStatusLabels })}
          onResolve={cellSave.resolve}
          onError={setEditError}
          onCancel={cellSave.dismiss}
          cancelLabel="Drop my change"
        />
      ) : null}

      {data.contacts.length === 0 ? (
        <EmptyState title="No contacts planned yet">
          <p>
            Each contact is one meeting: who on the customer side, which two or more of ours, what we want to find out
            and tell them, when, where, why and how. Press <strong>Add contact</strong> to plan the first one.
          </p>
        </EmptyState>
      ) : (
        <>
          <ContactFiltersBar stakeholders={data.stakeholders} teamMembers={data.teamMembers} />
          <p role="status" className="muted">
            Showing {formatCount(shownRows.length)} of {countLabel(rows.length, 'contact')}
          </p>
          <p id="contact-grid-help" className="grid-help">
            Arrow keys move; Enter or typing edits a cell (Who, Our attendees, What and Flags open the details); Escape
            cancels; Tab moves on. On a column header, Enter sorts and Alt+←/→ resizes.
          </p>
          <ContactGrid
            rows={shownRows}
            filterText={deferredFilters.text}
            sort={{ key: filters.sort, direction: filters.direction }}
            onSort={handleSort}
            onEdit={handleEdit}
            onOpenDetails={openContact}
            onActiveContactChange={setActiveContactId}
            focusRequest={focusRequest}
          />
        </>
      )}

      <ModalDialog
        isOpen={openedContact !== undefined}
        title="Contact details"
        onClose={handleCloseWithoutSaving}
        className="modal-wide"
      >
        {openedContact ? (
          <ContactDetailForm
            key={openedContact.id}
            opportunity={opportunity}
            contact={openedContact}
            data={data}
            pendingChanges={pendingChanges}
            onSaved={() => {
              closeContact();
              setEditError(null);
            }}
            onCancel={handleCloseWithoutSaving}
          />
        ) : null}
      </ModalDialog>
    </>
  );
};
