type RowActionsProps = {
  /** Accessible names that say which row: "Edit Rob Hopp". */
  editLabel: string;
  removeLabel: string;
  removeText?: string;
  onEdit: () => void;
  onRemove: () => void;
};

/** The Edit and Remove buttons at the end of a table row. */
export const RowActions = ({ editLabel, removeLabel, removeText = 'Remove', onEdit, onRemove }: RowActionsProps) => (
  <div className="button-row row-actions">
    <button type="button" className="button" aria-label={editLabel} onClick={onEdit}>
      Edit
    </button>
    <button type="button" className="button button-danger" aria-label={removeLabel} onClick={onRemove}>
      {removeText}
    </button>
  </div>
);
