import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { ChoiceOptions } from '../../../ui/choice-options';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { contactStatuses, contactStatusLabels, type Contact, type ContactFields } from '../../../domain/contact';
import type { Opportunity } from '../../../domain/opportunity';
import { errorMessage } from '../../../ui/error-message';
import { FormField } from '../../../ui/form-field';
import { useSettingsStore } from '../../../stores/settings-store';
import { useEditContact, type ContactPlanData } from '../api/use-contact-plan';
import { editBetween } from '../../../domain/record-edit';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import {
  contactFormSchema,
  contactToFormValues,
  formValuesToContactFields,
  newItemValues,
  type ContactFormValues,
} from '../utils/contact-form-values';
import { buildContactRows, quietPeriodStanding } from '../utils/contact-rows';
import { PeopleChoice } from './people-choice';
import { ErrorAlert } from '../../../ui/error-alert';
import { sortByName } from '../../../domain/sort-by-name';

type ContactDetailFormProps = {
  opportunity: Opportunity;
  contact: Contact;
  data: ContactPlanData;
  pendingChanges: Record<string, unknown> | null;
  onSaved: () => void;
  onCancel: () => void;
};

/** The whole contact: people, asks and tells, when, where, why, how, status — with its flags explained as you edit. */
export const ContactDetailForm = ({
  opportunity,
  contact,
  data,
  pendingChanges,
  onSaved,
  onCancel,
}: ContactDetailFormProps) => {
  const editContact = useEditContact();
  // The contact as it was when the panel opened: only what the user changes from it is saved, so
  // a change saved meanwhile in another tab (or from the grid) is kept, not put back.
  const [original] = useState(contact);
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<ContactFields, Contact>();
  const finish = (saved: Contact | null) => {
    if (saved) onSaved();
  };
  const windowDays = useSettingsStore((state) => state.deconflictionWindowDays);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<ContactFormValues>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: contactToFormValues(contact, pendingChanges),
  });
  useUnsavedChanges(isDirty && !isSubmitSuccessful, 'Contact details');
  const items = useFieldArray({ control, name: 'items', keyName: 'fieldKey' });
  const values = useWatch({ control }) as ContactFormValues;

  // The flags this contact would have if saved now, so the user sees the rules before saving.
  const row = useMemo(() => {
    const draft = {
      ...contact,
      ...formValuesToContactFields(
        { ...values, items: values.items.filter((item) => item.text.trim() !== '') },
        contact,
      ),
    };
    const others = data.contacts.filter((other) => other.id !== contact.id);
    return buildContactRows(opportunity, [...others, draft], data.stakeholders, data.teamMembers, windowDays).at(-1);
  }, [values, contact, data, opportunity, windowDays]);
  const flags = row?.flags ?? [];
  const nameOf = (id: string) => data.stakeholders.find((person) => person.id === id)?.name ?? 'someone';
  const quietPeriod = row ? quietPeriodStanding(row.quietPeriod, nameOf) : null;
  // Inside the quiet period but not flagged: said even when other rules are broken.
  const isInsideAllowed =
    row?.quietPeriod.kind === 'contracting-officer-only' || row?.quietPeriod.kind === 'inside-no-customer-yet';
  const needsQuietPeriodReason = flags.some((flag) => flag.rule === 'quiet-period');

  const submit = handleSubmit(async (formValues) => {
    setSaveError(null);
    if (needsQuietPeriodReason && formValues.quietPeriodReason === '') {
      setSaveError(
        'This contact falls inside the quiet period with someone who is not a contracting officer. Give a reason to save it.',
      );
      return;
    }
    try {
      const { id, createdAt: _c, updatedAt: _u, ...originalFields } = original;
      const fields = formValuesToContactFields(formValues, original);
      finish(await save(editBetween(originalFields, fields), (edit) => editContact(id, edit)));
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  const names = new Map<string, string>([
    ...data.stakeholders.map((person) => [person.id as string, person.name] as const),
    ...data.teamMembers.map((person) => [person.id as string, person.name] as const),
  ]);
  const describe = (field: string, value: unknown) =>
    describeValue(value, { names, labels: field === 'status' ? contactStatusLabels : undefined });

  const tellMessages = data.messages;

  return (
    <form
      className="form contact-detail-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label="Contact details"
    >
      <ErrorAlert message={saveError} />
      {conflicts ? (
        <EditConflictChoices
          what="this contact"
          table="contacts"
          conflicts={conflicts}
          describe={describe}
          onResolve={(keepMine) => resolve(keepMine).then(finish)}
          onError={setSaveError}
          onCancel={dismiss}
        />
      ) : null}

      <section
        aria-labelledby="contact-flags-heading"
        className={flags.length > 0 ? 'notice notice-warning' : 'notice'}
      >
        <h3 id="contact-flags-heading">Flags</h3>
        {flags.length === 0 ? (
          <p>
            No rule is broken: at least two of ours attend, {quietPeriod ?? 'the quiet period is not checked'}, and
            nobody else of ours meets these people about the same thing.
          </p>
        ) : (
          <ul className="flag-list">
            {flags.map((flag, index) => (
              <li key={`${flag.rule}-${String(index)}`}>
                <strong>{flag.label}:</strong> {flag.explanation}
              </li>
            ))}
            {isInsideAllowed && quietPeriod ? (
              <li>
                <strong>Quiet period:</strong> {quietPeriod.charAt(0).toUpperCase() + quietPeriod.slice(1)}.
              </li>
            ) : null}
          </ul>
        )}
      </section>

      <PeopleChoice
        legend="Who — customer people"
        people={data.stakeholders}
        selectedIds={values.stakeholderIds}
        onChange={(ids) => setValue('stakeholderIds', ids, { shouldDirty: true })}
        emptyText="Add the customer’s people on the Stakeholders tab first."
      />
      <PeopleChoice
        legend="Who — our attendees"
        people={data.teamMembers}
        selectedIds={values.attendeeIds}
        onChange={(ids) => setValue('attendeeIds', ids, { shouldDirty: true })}
        emptyText="Add our people on the Team tab first."
      />

      <fieldset>
        <legend>What — asks and tells</legend>
        {items.fields.length === 0 ? (
          <p className="muted">Nothing yet: what do we want to find out, and what do we want them to hear?</p>
        ) : null}
        {items.fields.map((item, index) => (
          <div key={item.fieldKey} className="item-editor">
            <select aria-label={`Item ${String(index + 1)} kind`} {...register(`items.${index}.kind`)}>
              <option value="ask">Ask</option>
              <option value="tell">Tell</option>
            </select>
            <div>
              <input
                type="text"
                aria-label={`Item ${String(index + 1)} text`}
                aria-invalid={errors.items?.[index]?.text ? true : undefined}
                style={{ width: '100%' }}
                {...register(`items.${index}.text`)}
              />
              {errors.items?.[index]?.text ? <p className="field-error">{errors.items[index].text.message}</p> : null}
            </div>
            {values.items[index]?.kind === 'tell' ? (
              <select aria-label={`Item ${String(index + 1)} message`} {...register(`items.${index}.messageId`)}>
                <option value="">No linked message</option>
                {tellMessages.map((message) => (
                  <option key={message.id} value={message.id}>
                    {message.text.length > 60 ? `${message.text.slice(0, 60)}…` : message.text}
                  </option>
                ))}
              </select>
            ) : (
              <span />
            )}
            <button
              type="button"
              className="button"
              aria-label={`Remove item ${String(index + 1)}`}
              onClick={() => items.remove(index)}
            >
              Remove
            </button>
          </div>
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              items.append(newItemValues('ask'), { focusName: `items.${String(items.fields.length)}.text` })
            }
          >
            Add ask
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              items.append(newItemValues('tell'), { focusName: `items.${String(items.fields.length)}.text` })
            }
          >
            Add tell
          </button>
        </div>
      </fieldset>

      <div className="form-columns">
        <FormField label="Date" error={errors.date?.message}>
          {(field) => <input {...field} type="date" {...register('date')} />}
        </FormField>
        <FormField label="Starts" error={errors.startTime?.message}>
          {(field) => <input {...field} type="time" {...register('startTime')} />}
        </FormField>
        <FormField label="Ends" error={errors.endTime?.message}>
          {(field) => <input {...field} type="time" {...register('endTime')} />}
        </FormField>
        <FormField label="Where" error={errors.location?.message}>
          {(field) => <input {...field} type="text" {...register('location')} />}
        </FormField>
        <FormField label="Status" error={errors.status?.message}>
          {(field) => (
            <select {...field} {...register('status')}>
              <ChoiceOptions values={contactStatuses} labels={contactStatusLabels} />
            </select>
          )}
        </FormField>
        <FormField label="Owner" hint="Who of ours arranges it." error={errors.ownerId?.message}>
          {(field) => (
            <select {...field} {...register('ownerId')}>
              <option value="">Nobody yet</option>
              {sortByName(data.teamMembers).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label="Why — objective" error={errors.objective?.message}>
        {(field) => <textarea {...field} rows={2} {...register('objective')} />}
      </FormField>
      <FormField label="How — method and materials" error={errors.method?.message}>
        {(field) => <textarea {...field} rows={2} {...register('method')} />}
      </FormField>
      {values.status === 'cancelled' ? (
        <FormField label="Why it was cancelled" error={errors.cancellationReason?.message}>
          {(field) => <textarea {...field} rows={2} {...register('cancellationReason')} />}
        </FormField>
      ) : null}
      {needsQuietPeriodReason || values.quietPeriodReason ? (
        <FormField
          label="Reason for contact during the quiet period"
          isRequired={needsQuietPeriodReason}
          hint="Only the contracting officer may be contacted once the quiet period starts. Say why this contact goes ahead (e.g. an industry day the contracting officer invited us to)."
          error={errors.quietPeriodReason?.message}
        >
          {(field) => <textarea {...field} rows={2} {...register('quietPeriodReason')} />}
        </FormField>
      ) : null}

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          Save contact
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
