type SortableHeaderProps = {
  label: string;
  direction: 'ascending' | 'descending' | null;
  onSort: () => void;
};

/** A column header that sorts when pressed, and says how it is sorted (aria-sort). */
export const SortableHeader = ({ label, direction, onSort }: SortableHeaderProps) => (
  <th scope="col" aria-sort={direction ?? 'none'}>
    <button type="button" className="sort-button" onClick={onSort}>
      {label}
      <span aria-hidden="true">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>
);
