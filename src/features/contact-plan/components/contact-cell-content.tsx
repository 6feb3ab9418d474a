import { memo } from 'react';
import type { ContactRow } from '../utils/contact-rows';

type ContactCellContentProps = { row: ContactRow; columnKey: string; statusLabel: string };

/** What one cell of the contact plan shows. Full text is in the detail panel; cells clip to three lines. */
export const ContactCellContent = memo(({ row, columnKey, statusLabel }: ContactCellContentProps) => {
  const { contact } = row;
  switch (columnKey) {
    case 'who':
      return <span className="cell-text">{row.who || <span className="muted">Nobody yet</span>}</span>;
    case 'attendees':
      return <span className="cell-text">{row.attendees || <span className="muted">Nobody yet</span>}</span>;
    case 'what':
      return row.items.length === 0 ? (
        <span className="muted">Nothing planned yet</span>
      ) : (
        <ul className="cell-items">
          {row.items.map((item) => (
            <li key={item.id}>
              <span className="item-kind">{item.kind === 'ask' ? 'Ask:' : 'Tell:'}</span> {item.text}
            </li>
          ))}
        </ul>
      );
    case 'when':
      return <span className="cell-text">{row.when}</span>;
    case 'where':
      return <span className="cell-text">{contact.location}</span>;
    case 'why':
      return <span className="cell-text">{contact.objective}</span>;
    case 'how':
      return <span className="cell-text">{contact.method}</span>;
    case 'status':
      return <span className="cell-text">{statusLabel}</span>;
    case 'flags':
      return row.flags.length === 0 && row.notes.length === 0 ? (
        <span className="muted">None</span>
      ) : (
        <span>
          {row.flags.map((flag, index) => (
            <span key={`${flag.rule}-${String(index)}`} className={`badge badge-${flag.severity}`}>
              {flag.label}
            </span>
          ))}
          {/* Allowed, not a flag: said so the plan never looks as if it were outside the quiet period. */}
          {row.notes.map((note) => (
            <span key={`note-${note.rule}`} className="badge badge-ok">
              {note.label}
            </span>
          ))}
        </span>
      );
    default:
      return null;
  }
});
ContactCellContent.displayName = 'ContactCellContent';
