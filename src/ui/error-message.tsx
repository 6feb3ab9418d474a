/** Turns anything thrown into a sentence a user can act on. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong. Nothing was saved; please try again.';
