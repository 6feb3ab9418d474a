import { ChoiceOptions } from '../../../ui/choice-options';
import { useEffect, useRef } from 'react';
import { contactStatuses, contactStatusLabels } from '../../../domain/contact';

export type CellEditorKind = 'text' | 'date' | 'status';

type GridCellEditorProps = {
  kind: CellEditorKind;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** How the edit ended: Enter moves down, Tab moves on, Escape cancels. */
  onFinish: (how: 'enter' | 'tab' | 'shift-tab' | 'escape' | 'blur') => void;
};

/** The in-place editor of a grid cell. */
export const GridCellEditor = ({ kind, label, value, onChange, onFinish }: GridCellEditorProps) => {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const isFinished = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    // Typing into a text cell replaces nothing that was typed: put the caret at the end.
    if (kind === 'text') element.setSelectionRange(element.value.length, element.value.length);
  }, [kind]);

  // A cell being typed in is saved when the page is hidden (another tab, a closed laptop lid) or
  // left, as a blur would save it: the edit never waits in the page alone.
  const onFinishRef = useRef(onFinish);
  useEffect(() => {
    onFinishRef.current = onFinish;
  }, [onFinish]);
  useEffect(() => {
    const save = () => {
      if (isFinished.current) return;
      isFinished.current = true;
      onFinishRef.current('blur');
    };
    const saveIfHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', saveIfHidden);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', saveIfHidden);
      window.removeEventListener('pagehide', save);
    };
  }, []);

  const finish = (how: Parameters<GridCellEditorProps['onFinish']>[0]) => {
    if (isFinished.current) return;
    isFinished.current = true;
    onFinish(how);
  };

  const handleKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      finish('escape');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish('enter');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(event.shiftKey ? 'shift-tab' : 'tab');
    }
  };

  const common = {
    ref,
    'aria-label': label,
    className: 'cell-editor',
    value,
    onKeyDown: handleKeyDown,
    onBlur: () => finish('blur'),
  };

  if (kind === 'status')
    return (
      <select {...common} onChange={(event) => onChange(event.target.value)}>
        <ChoiceOptions values={contactStatuses} labels={contactStatusLabels} />
      </select>
    );
  return (
    <input {...common} type={kind === 'date' ? 'date' : 'text'} onChange={(event) => onChange(event.target.value)} />
  );
};
