import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { ChoiceOptions } from '../../../ui/choice-options';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Opportunity } from '../../../domain/opportunity';
import { opportunityStageLabels, opportunityStages } from '../../../domain/opportunity';
import type { Organization } from '../../../domain/organization';
import { editBetween } from '../../../domain/record-edit';
import type { OpportunityEditableFields } from '../../../data/repositories/opportunities-repository';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import { errorMessage } from '../../../ui/error-message';
import { FormField } from '../../../ui/form-field';
import { useCreateOpportunity, useEditOpportunity } from '../api/use-opportunity-commands';
import {
  editableFieldsOf,
  emptyOpportunityFormValues,
  formValuesToFields,
  opportunityFormSchema,
  opportunityToFormValues,
  proposedQuietPeriodStart,
  type OpportunityFormValues,
} from '../utils/opportunity-form-values';
import { ErrorAlert } from '../../../ui/error-alert';
import { sortByName } from '../../../domain/sort-by-name';

type OpportunityFormProps = {
  /** The opportunity being edited; absent for New opportunity. */
  opportunity?: Opportunity | undefined;
  organizations: readonly Organization[];
  onSaved: (opportunity: Opportunity) => void;
  onCancel: () => void;
};

/** New opportunity and Edit opportunity: the pursuit's name, customer, stage and key dates. */
export const OpportunityForm = ({ opportunity, organizations, onSaved, onCancel }: OpportunityFormProps) => {
  const createOpportunity = useCreateOpportunity();
  const editOpportunity = useEditOpportunity();
  const [saveError, setSaveError] = useState<string | null>(null);
  // The opportunity as it was when the form opened: the save sends only what the user changed
  // from it, so changes saved meanwhile in another tab are kept, not overwritten.
  const [original] = useState(opportunity);
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<OpportunityEditableFields, Opportunity>();
  const organizationListId = useId();
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<OpportunityFormValues>({
    resolver: zodResolver(opportunityFormSchema),
    defaultValues: opportunity ? opportunityToFormValues(opportunity, organizations) : emptyOpportunityFormValues,
  });
  useUnsavedChanges(isDirty && !isSubmitSuccessful, 'Opportunity');

  // The quiet-period start follows the RFP dates until the user sets it by hand.
  const [isQuietPeriodSetByHand, setIsQuietPeriodSetByHand] = useState(opportunity?.quietPeriodStart != null);
  const [draftRfpDate, finalRfpDate] = useWatch({ control, name: ['draftRfpDate', 'finalRfpDate'] });
  useEffect(() => {
    if (!isQuietPeriodSetByHand) setValue('quietPeriodStart', proposedQuietPeriodStart({ draftRfpDate, finalRfpDate }));
  }, [draftRfpDate, finalRfpDate, isQuietPeriodSetByHand, setValue]);

  const finish = (saved: Opportunity | null) => {
    if (saved) onSaved(saved);
  };

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const fields = formValuesToFields(values);
      if (!original) {
        finish(await createOpportunity({ fields, customer: { name: values.customerOrganizationName } }));
        return;
      }
      // The customer, as typed, is resolved in the save: a change from the original one is part of the edit.
      const customer = { name: values.customerOrganizationName, baseId: original.customerOrganizationId };
      finish(
        await save(editBetween(editableFieldsOf(original), fields), (edit) =>
          editOpportunity(original.id, { edit, customer }),
        ),
      );
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  const names = new Map(organizations.map((organization) => [organization.id as string, organization.name]));
  const describe = (field: string, value: unknown) =>
    describeValue(value, { names, labels: field === 'stage' ? opportunityStageLabels : undefined });

  const customers = organizations.filter((organization) => organization.kind === 'customer');
  const quietPeriodField = register('quietPeriodStart', {
    onChange: () => {
      setIsQuietPeriodSetByHand(true);
    },
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={opportunity ? 'Edit opportunity' : 'New opportunity'}
    >
      <ErrorAlert message={saveError} />
      {conflicts ? (
        <EditConflictChoices
          what="this opportunity"
          table="opportunities"
          conflicts={conflicts}
          describe={describe}
          onResolve={(keepMine) => resolve(keepMine).then(finish)}
          onError={setSaveError}
          onCancel={dismiss}
        />
      ) : null}

      <FormField label="Name" error={errors.name?.message} isRequired hint="What the capture team calls this pursuit.">
        {(field) => <input {...field} type="text" autoComplete="off" {...register('name')} />}
      </FormField>

      <FormField
        label="Customer organization"
        error={errors.customerOrganizationName?.message}
        isRequired
        hint="Pick one from the list, or type a new name to create it."
      >
        {(field) => (
          <>
            <input
              {...field}
              type="text"
              list={organizationListId}
              autoComplete="off"
              {...register('customerOrganizationName')}
            />
            <datalist id={organizationListId}>
              {sortByName(customers).map((organization) => (
                <option key={organization.id} value={organization.name} />
              ))}
            </datalist>
          </>
        )}
      </FormField>

      <div className="form-columns">
        <FormField label="Solicitation number" error={errors.solicitationNumber?.message}>
          {(field) => <input {...field} type="text" autoComplete="off" {...register('solicitationNumber')} />}
        </FormField>

        <FormField label="Stage" error={errors.stage?.message} hint="Shipley capture phase.">
          {(field) => (
            <select {...field} {...register('stage')}>
              <ChoiceOptions values={opportunityStages} labels={opportunityStageLabels} />
            </select>
          )}
        </FormField>
      </div>

      <fieldset className="form-columns">
        <legend>Key dates</legend>
        <FormField label="Draft RFP" error={errors.draftRfpDate?.message}>
          {(field) => <input {...field} type="date" {...register('draftRfpDate')} />}
        </FormField>
        <FormField label="Final RFP" error={errors.finalRfpDate?.message}>
          {(field) => <input {...field} type="date" {...register('finalRfpDate')} />}
        </FormField>
        <FormField label="Proposal due" error={errors.proposalDueDate?.message}>
          {(field) => <input {...field} type="date" {...register('proposalDueDate')} />}
        </FormField>
        <FormField label="Award" error={errors.awardDate?.message}>
          {(field) => <input {...field} type="date" {...register('awardDate')} />}
        </FormField>
        <FormField
          label="Quiet period starts"
          error={errors.quietPeriodStart?.message}
          hint="Defaults to the draft RFP date, else the final RFP date. From then on only the contracting officer may be contacted (FAR 15.201)."
        >
          {(field) => <input {...field} type="date" {...quietPeriodField} />}
        </FormField>
      </fieldset>

      <FormField label="Notes" error={errors.notes?.message}>
        {(field) => <textarea {...field} rows={3} {...register('notes')} />}
      </FormField>

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {opportunity ? 'Save changes' : 'Create opportunity'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
