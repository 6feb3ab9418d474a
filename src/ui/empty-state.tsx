import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
};

/** What a first-time user sees instead of an empty table: what this is and what to do next. */
export const EmptyState = ({ title, children, actions }: EmptyStateProps) => (
  <section className="empty-state" aria-label={title}>
    <h2>{title}</h2>
    <div className="empty-state-text">{children}</div>
    {actions ? <div className="button-row">{actions}</div> : null}
  </section>
);
