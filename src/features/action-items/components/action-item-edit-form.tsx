import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ActionItemEditableFields } from '../../../data/repositories/action-items-repository';
import type { ActionItem } from '../../../domain/action-item';
import { calendarDaySchema } from '../../../domain/calendar-day';
import { parseTeamMemberId } from '../../../domain/ids';
import { editBetween, isEmptyEdit } from '../../../domain/record-edit';
import { sortByName } from '../../../domain/sort-by-name';
import type { TeamMember } from '../../../domain/team-member';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import { ErrorAlert } from '../../../ui/error-alert';
import { errorMessage } from '../../../ui/error-message';
import { FormField } from '../../../ui/form-field';
import { ModalDialog } from '../../../ui/modal-dialog';
import { useEditActionItem } from '../api/use-action-items';

const editFormSchema = z.object({
  text: z.string().trim().min(1, { error: 'Write what needs doing.' }).max(1_000),
  ownerId: z.string(),
  dueDate: z.union([z.literal(''), calendarDaySchema], { error: 'Enter a date, or leave it empty.' }),
});
type EditFormValues = z.infer<typeof editFormSchema>;

/** The fields as the form names them, for the conflict choices. */
const fieldNames: Record<keyof ActionItemEditableFields, string> = {
  text: 'What needs doing',
  ownerId: 'Owner',
  dueDate: 'Due',
};

type ActionItemEditFormProps = {
  item: ActionItem;
  /** The team of the item's opportunity: an item is reassigned within its pursuit. */
  teamMembers: readonly TeamMember[];
  /** Called with the saved item, or with null when the user cancels. */
  onDone: (saved: ActionItem | null) => void;
};

/**
 * Edits what is to be done, by whom (reassigning it) and by when. Only the fields the user changed
 * are sent, with what they held when the form opened: a change someone else saved meanwhile to
 * another field is kept, and one to the same field is shown beside the user's to choose from.
 */
export const ActionItemEditForm = ({ item, teamMembers, onDone }: ActionItemEditFormProps) => {
  const editActionItem = useEditActionItem();
  const [saveError, setSaveError] = useState<string | null>(null);
  // As it was when the form opened: what the user's changes are based on.
  const [original] = useState<ActionItemEditableFields>(() => ({
    text: item.text,
    ownerId: item.ownerId,
    dueDate: item.dueDate,
  }));
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<ActionItemEditableFields, ActionItem>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<EditFormValues>({
    resolver: zodResolver(editFormSchema),
    defaultValues: { text: item.text, ownerId: item.ownerId ?? '', dueDate: item.dueDate ?? '' },
  });
  useUnsavedChanges(isDirty && !isSubmitSuccessful, 'Action item');

  // An owner who has since left the pursuit's team stays a choice, so opening the form changes nothing.
  const owners = sortByName(teamMembers);
  const isFormerMember = item.ownerId !== null && !owners.some((person) => person.id === item.ownerId);
  const names = new Map(teamMembers.map((person) => [person.id as string, person.name]));
  const describeField = (field: string, value: unknown) =>
    field === 'ownerId'
      ? describeValue(value, { names }) || 'No owner yet'
      : describeValue(value) || (field === 'dueDate' ? 'No due date' : '');

  const finish = (saved: ActionItem | null) => {
    if (saved) onDone(saved);
  };

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const edit = editBetween(original, {
        text: values.text,
        ownerId: parseTeamMemberId(values.ownerId),
        dueDate: values.dueDate === '' ? null : values.dueDate,
      });
      // Nothing changed: nothing to write, and no updatedAt moved for nothing.
      if (isEmptyEdit(edit)) {
        onDone(item);
        return;
      }
      finish(await save(edit, (changes) => editActionItem(item.id, changes)));
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  return (
    <form className="form" noValidate aria-label="Edit action item" onSubmit={(event) => void submit(event)}>
      <ErrorAlert message={saveError} />
      {conflicts ? (
        <EditConflictChoices
          what="this action item"
          table="actionItems"
          conflicts={conflicts}
          describe={describeField}
          labelOf={(field) => fieldNames[field as keyof typeof fieldNames]}
          onResolve={(keepMine) => resolve(keepMine).then(finish)}
          onError={setSaveError}
          onCancel={dismiss}
        />
      ) : null}
      <FormField label="What needs doing" isRequired error={errors.text?.message}>
        {(field) => <textarea {...field} rows={3} {...register('text')} />}
      </FormField>
      <div className="form-columns">
        <FormField label="Owner" hint="Someone on this opportunity’s team." error={errors.ownerId?.message}>
          {(field) => (
            <select {...field} {...register('ownerId')}>
              <option value="">No owner yet</option>
              {owners.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
              {isFormerMember ? <option value={item.ownerId ?? ''}>Someone no longer on the team</option> : null}
            </select>
          )}
        </FormField>
        <FormField label="Due" error={errors.dueDate?.message}>
          {(field) => <input {...field} type="date" {...register('dueDate')} />}
        </FormField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          Save changes
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
};

type ActionItemEditDialogProps = Omit<ActionItemEditFormProps, 'item'> & { item: ActionItem | null };

/** The edit form in a modal dialog: Escape or Cancel closes it, and focus returns to where it was. */
export const ActionItemEditDialog = ({ item, teamMembers, onDone }: ActionItemEditDialogProps) => (
  <ModalDialog isOpen={item !== null} title="Edit action item" onClose={() => onDone(null)}>
    {item ? <ActionItemEditForm key={item.id} item={item} teamMembers={teamMembers} onDone={onDone} /> : null}
  </ModalDialog>
);
