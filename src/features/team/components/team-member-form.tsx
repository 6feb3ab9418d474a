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
import { useSaveTeamMember } from '../api/use-team';
import { ErrorAlert } from '../../../ui/error-alert';

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

type TeamMemberFormProps = { opportunityId: string; teamMember?: TeamMember | undefined; onDone: () => void };

export const TeamMemberForm = ({ opportunityId, teamMember, onDone }: TeamMemberFormProps) => {
  const saveTeamMember = useSaveTeamMember();
  const [saveError, setSaveError] = useState<string | null>(null);
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

  const submit = handleSubmit(async ({ counterpartLevel, ...fields }) => {
    setSaveError(null);
    try {
      await saveTeamMember({
        opportunityId,
        id: teamMember?.id,
        fields: { ...fields, counterpartLevel: counterpartLevel === '' ? null : counterpartLevel },
      });
      onDone();
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={teamMember ? `Edit ${teamMember.name}` : 'New team member'}
    >
      <ErrorAlert message={saveError} />
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
