import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { ChoiceOptions } from '../../../ui/choice-options';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { customerLevelLabels, customerLevels, customerLevelSchema } from '../../../domain/customer-level';
import type { Organization } from '../../../domain/organization';
import {
  buyingRoleLabels,
  buyingRoles,
  buyingRoleSchema,
  dispositionLabels,
  dispositions,
  dispositionSchema,
  relationshipStageLabels,
  relationshipStages,
  relationshipStageSchema,
  type Stakeholder,
} from '../../../domain/stakeholder';
import { errorMessage } from '../../../ui/error-message';
import { FormField } from '../../../ui/form-field';
import { useCreateStakeholder, useEditStakeholder } from '../api/use-stakeholders';
import { ErrorAlert } from '../../../ui/error-alert';
import { personLabel } from '../../../domain/person-label';
import type { StakeholderEditableFields } from '../../../data/repositories/stakeholders-repository';
import { parseStakeholderId } from '../../../domain/ids';
import { editBetween } from '../../../domain/record-edit';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import type { OpportunityId } from '../../../domain/ids';
import { sortByName } from '../../../domain/sort-by-name';

const stakeholderFormSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter the person’s name.' }).max(200),
  title: z.string().trim().max(200),
  organizationName: z.string().trim().max(200),
  organizationAliases: z.string().trim().max(1_000),
  customerLevel: customerLevelSchema,
  buyingRole: z.union([z.literal(''), buyingRoleSchema]),
  disposition: dispositionSchema,
  relationshipStage: relationshipStageSchema,
  reportsToId: z.string(),
  isContractingOfficer: z.boolean(),
  email: z.union([
    z.literal(''),
    z.email({ error: 'Enter an email address like name@agency.gov, or leave it empty.' }),
  ]),
  phone: z.string().trim().max(100),
  notes: z.string().trim().max(10_000),
  culturalNotes: z.string().trim().max(10_000),
});
type StakeholderFormValues = z.infer<typeof stakeholderFormSchema>;

type StakeholderFormProps = {
  opportunityId: OpportunityId;
  stakeholder?: Stakeholder | undefined;
  /** The other stakeholders of this opportunity, for "reports to". */
  colleagues: readonly Stakeholder[];
  organizations: readonly Organization[];
  onDone: () => void;
};

/** Every field of a customer person, for the New stakeholder and Edit dialogs. */
export const StakeholderForm = ({
  opportunityId,
  stakeholder,
  colleagues,
  organizations,
  onDone,
}: StakeholderFormProps) => {
  const createStakeholder = useCreateStakeholder();
  const editStakeholder = useEditStakeholder();
  const [saveError, setSaveError] = useState<string | null>(null);
  // The stakeholder as it was when the form opened: only what the user changes from it is saved,
  // so changes saved meanwhile in another tab are kept.
  const [original] = useState(stakeholder);
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<StakeholderEditableFields, Stakeholder>();
  const organizationListId = useId();
  const organization = organizations.find((candidate) => candidate.id === stakeholder?.organizationId);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<StakeholderFormValues>({
    resolver: zodResolver(stakeholderFormSchema),
    defaultValues: {
      name: stakeholder?.name ?? '',
      title: stakeholder?.title ?? '',
      organizationName: organization?.name ?? '',
      organizationAliases: organization?.aliases.join(', ') ?? '',
      customerLevel: stakeholder?.customerLevel ?? 'program-office',
      buyingRole: stakeholder?.buyingRole ?? '',
      disposition: stakeholder?.disposition ?? 'unknown',
      relationshipStage: stakeholder?.relationshipStage ?? 'unknown',
      reportsToId: stakeholder?.reportsToId ?? '',
      isContractingOfficer: stakeholder?.isContractingOfficer ?? false,
      email: stakeholder?.email ?? '',
      phone: stakeholder?.phone ?? '',
      notes: stakeholder?.notes ?? '',
      culturalNotes: stakeholder?.culturalNotes ?? '',
    },
  });
  useUnsavedChanges(isDirty && !isSubmitSuccessful, 'Stakeholder');

  const finish = (saved: Stakeholder | null) => {
    if (saved) onDone();
  };

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const { organizationName, organizationAliases, buyingRole, reportsToId, ...rest } = values;
      const fields: StakeholderEditableFields = {
        ...rest,
        buyingRole: buyingRole === '' ? null : buyingRole,
        reportsToId: parseStakeholderId(reportsToId),
      };
      const organization = {
        name: organizationName,
        aliases: organizationAliases.split(',').map((alias) => alias.trim()),
      };
      if (!original) {
        finish(await createStakeholder({ opportunityId, fields, organization }));
        return;
      }
      const { id, createdAt: _c, updatedAt: _u, opportunityIds: _o, organizationId, ...originalFields } = original;
      finish(
        await save(editBetween(originalFields, fields), (edit) =>
          editStakeholder({ id, opportunityId, edit, organization: { ...organization, baseId: organizationId } }),
        ),
      );
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  const names = new Map<string, string>([
    ...colleagues.map((person) => [person.id as string, person.name] as const),
    ...organizations.map((candidate) => [candidate.id as string, candidate.name] as const),
  ]);
  const labelsOf: Partial<Record<string, Record<string, string>>> = {
    customerLevel: customerLevelLabels,
    buyingRole: buyingRoleLabels,
    disposition: dispositionLabels,
    relationshipStage: relationshipStageLabels,
  };
  const describe = (field: string, value: unknown) => describeValue(value, { names, labels: labelsOf[field] });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={stakeholder ? `Edit ${stakeholder.name}` : 'New stakeholder'}
    >
      <ErrorAlert message={saveError} />
      {conflicts ? (
        <EditConflictChoices
          what={original ? original.name : 'this stakeholder'}
          table="stakeholders"
          conflicts={conflicts}
          describe={describe}
          onResolve={(keepMine) => resolve(keepMine).then(finish)}
          onError={setSaveError}
          onCancel={dismiss}
        />
      ) : null}
      <div className="form-columns">
        <FormField label="Name" isRequired error={errors.name?.message}>
          {(field) => <input {...field} type="text" autoComplete="off" {...register('name')} />}
        </FormField>
        <FormField
          label="Title"
          hint="Rank or grade stays here: “Gen.”, “GS14 S/W Lead”."
          error={errors.title?.message}
        >
          {(field) => <input {...field} type="text" autoComplete="off" {...register('title')} />}
        </FormField>
        <FormField
          label="Organization"
          hint="Pick one, or type a new name to create it."
          error={errors.organizationName?.message}
        >
          {(field) => (
            <>
              <input
                {...field}
                type="text"
                list={organizationListId}
                autoComplete="off"
                {...register('organizationName')}
              />
              <datalist id={organizationListId}>
                {sortByName(organizations).map((candidate) => (
                  <option key={candidate.id} value={candidate.name} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        <FormField
          label="Organization also known as"
          hint="Other names, separated by commas (e.g. PEO EIS)."
          error={errors.organizationAliases?.message}
        >
          {(field) => <input {...field} type="text" autoComplete="off" {...register('organizationAliases')} />}
        </FormField>
        <FormField label="Customer level" error={errors.customerLevel?.message}>
          {(field) => (
            <select {...field} {...register('customerLevel')}>
              <ChoiceOptions values={customerLevels} labels={customerLevelLabels} />
            </select>
          )}
        </FormField>
        <FormField label="Buying role" error={errors.buyingRole?.message}>
          {(field) => (
            <select {...field} {...register('buyingRole')}>
              <option value="">Not known yet</option>
              <ChoiceOptions values={buyingRoles} labels={buyingRoleLabels} />
            </select>
          )}
        </FormField>
        <FormField label="Disposition" error={errors.disposition?.message}>
          {(field) => (
            <select {...field} {...register('disposition')}>
              <ChoiceOptions values={dispositions} labels={dispositionLabels} />
            </select>
          )}
        </FormField>
        <FormField
          label="Relationship stage"
          hint="Do they know, like, trust us?"
          error={errors.relationshipStage?.message}
        >
          {(field) => (
            <select {...field} {...register('relationshipStage')}>
              <ChoiceOptions values={relationshipStages} labels={relationshipStageLabels} />
            </select>
          )}
        </FormField>
        <FormField label="Reports to" error={errors.reportsToId?.message}>
          {(field) => (
            <select {...field} {...register('reportsToId')}>
              <option value="">Nobody in this plan</option>
              {sortByName(colleagues)
                .filter((colleague) => colleague.id !== stakeholder?.id)
                .map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {personLabel(colleague)}
                  </option>
                ))}
            </select>
          )}
        </FormField>
        <FormField label="Email" error={errors.email?.message}>
          {(field) => <input {...field} type="email" autoComplete="off" {...register('email')} />}
        </FormField>
        <FormField label="Phone" error={errors.phone?.message}>
          {(field) => <input {...field} type="tel" autoComplete="off" {...register('phone')} />}
        </FormField>
      </div>
      <label className="checkbox-field">
        <input type="checkbox" {...register('isContractingOfficer')} />
        Contracting officer (the only person who may be contacted during the quiet period)
      </label>
      <FormField label="Notes" error={errors.notes?.message}>
        {(field) => <textarea {...field} rows={2} {...register('notes')} />}
      </FormField>
      <FormField
        label="Cultural notes"
        hint="What a newcomer to this customer should know: customs, sensitivities, how they like to meet."
        error={errors.culturalNotes?.message}
      >
        {(field) => <textarea {...field} rows={2} {...register('culturalNotes')} />}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {stakeholder ? 'Save changes' : 'Add stakeholder'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
};
