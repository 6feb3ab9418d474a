import { useId, type ReactNode } from 'react';

/** The props a control needs to be named by its label and described by its hint and error. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

type FormFieldProps = {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled form control with an optional hint and an error announced to screen readers. */
export const FormField = ({ label, hint, error, isRequired = false, children }: FormFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>
        {label}
        {isRequired ? <span className="required-mark"> (required)</span> : null}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
