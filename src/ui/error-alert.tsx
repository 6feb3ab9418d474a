/** A failure said out loud: shown in place and announced to screen readers; nothing when there is none. */
export const ErrorAlert = ({ message }: { message: string | null | undefined }) =>
  message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
