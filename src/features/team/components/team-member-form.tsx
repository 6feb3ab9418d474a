import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { ChoiceOptions } from '../../../ui/choice-options';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { customerLevelLabels, customerLevels, customerLevelSchema } from '../../../domain/customer-level';
import {
  teamMemberKindLabels,
  teamMemberKinds,
  teamMemberKindSchema,
  type TeamMember,
} from '../../../domain/team-member';
import { errorMessage } from '../../../ui/error-message';
import { FormField } from '../../../ui/form-field';
import { useCreateTeamMember, useEditTeamMember } from '../api/use-team';
import type { TeamMemberEditableFields } from '../../../data/repositories/team-members-repository';
import { editBetween } from '../../../domain/record-edit';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import { ErrorAlert } from '../../../ui/error-alert';
import type { OpportunityId } from '../../../domain/ids';

const teamMemberFormSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter the person’s name.' }).max(200),
  title: z.string().trim().max(200),
  company: z.string().trim().max(200),
  kind: teamMemberKindSchema,
  counterpartLevel: z.union([z.literal(''), customerLevelSchema]),
  email: z.union([
    z.literal(''),
    z.email({ error: 'Enter an email address like name@company.com, or leave it empty.' }),
  ]),
  phone: z.string().trim().max(100),
});
type TeamMemberFormValues = z.infer<typeof teamMemberFormSchema>;

type TeamMemberFormProps = { opportunityId: OpportunityId; teamMember?: TeamMember | undefined; onDone: () => void };

export const TeamMemberForm = ({ opportunityId, teamMember, onDone }: TeamMemberFormProps) => {
  const createTeamMember = useCreateTeamMember();
  const editTeamMember = useEditTeamMember();
  const [saveError, setSaveError] = useState<string | null>(null);
  // As it was when the form opened: only the user's changes are saved, others' are kept.
  const [original] = useState(teamMember);
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<TeamMemberEditableFields, TeamMember>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<TeamMemberFormValues>({
    resolver: zodResolver(teamMemberFormSchema),
    defaultValues: {
      name: teamMember?.name ?? '',
      title: teamMember?.title ?? '',
      company: teamMember?.company ?? '',
      kind: teamMember?.kind ?? 'employee',
      counterpartLevel: teamMember?.counterpartLevel ?? '',
      email: teamMember?.email ?? '',
      phone: teamMember?.phone ?? '',
    },
  });
  useUnsavedChanges(isDirty && !isSubmitSuccessful, 'Team member');

  const finish = (saved: TeamMember | null) => {
    if (saved) onDone();
  };

  const submit = handleSubmit(async ({ counterpartLevel, ...rest }) => {
    setSaveError(null);
    try {
      const fields = { ...rest, counterpartLevel: counterpartLevel === '' ? null : counterpartLevel };
      if (!original) {
        finish(await createTeamMember(opportunityId, fields));
        return;
      }
      const { id, createdAt: _c, updatedAt: _u, opportunityIds: _o, ...originalFields } = original;
      finish(await save(editBetween(originalFields, fields), (edit) => editTeamMember(id, opportunityId, edit)));
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  const describe = (field: string, value: unknown) =>
    describeValue(value, {
      labels: field === 'kind' ? teamMemberKindLabels : field === 'counterpartLevel' ? customerLevelLabels : undefined,
    });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={teamMember ? `Edit ${teamMember.name}` : 'New team member'}
    >
      <ErrorAlert message={saveError} />
      {conflicts ? (
        <EditConflictChoices
          what={original ? original.name : 'this team member'}
          table="teamMembers"
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
        <FormField label="Title" error={errors.title?.message}>
          {(field) => <input {...field} type="text" autoComplete="off" {...register('title')} />}
        </FormField>
        <FormField label="Company" hint="Ours, or the teammate’s." error={errors.company?.message}>
          {(field) => <input {...field} type="text" autoComplete="off" {...register('company')} />}
        </FormField>
        <FormField label="Kind" error={errors.kind?.message}>
          {(field) => (
            <select {...field} {...register('kind')}>
              <ChoiceOptions values={teamMemberKinds} labels={teamMemberKindLabels} />
            </select>
          )}
        </FormField>
        <FormField
          label="Counterpart level"
          hint="The customer level this person is matched to."
          error={errors.counterpartLevel?.message}
        >
          {(field) => (
            <select {...field} {...register('counterpartLevel')}>
              <option value="">Not matched</option>
              <ChoiceOptions values={customerLevels} labels={customerLevelLabels} />
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
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {teamMember ? 'Save changes' : 'Add team member'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
};
