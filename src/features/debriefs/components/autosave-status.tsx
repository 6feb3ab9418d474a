import type { AutosaveState } from '../../../hooks/use-autosave';
import { formatTimeOfDay } from '../../../lib/dates';

const timeOf = (date: Date) =>
  formatTimeOfDay(`${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`);

/** "Draft saved at 3:31 PM": says quietly that what was typed is safe. */
export const AutosaveStatus = ({ state }: { state: AutosaveState }) => (
  <span role="status" className={state.kind === 'error' ? 'field-error' : 'muted'}>
    {state.kind === 'saving'
      ? 'Saving draft…'
      : state.kind === 'saved'
        ? `Draft saved at ${timeOf(state.at)}`
        : state.kind === 'error'
          ? `Draft not saved: ${state.message}`
          : 'Drafts save as you type.'}
  </span>
);
