import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../config/routes';

/** A top-level screen whose feature is still being built: says what it will do and where to go now. */
export const ComingSoonPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <>
    <title>{`${title} · Contact Plan`}</title>
    <h1>{title}</h1>
    <section className="notice" aria-label={`About ${title}`}>
      <p>
        <strong>Coming soon.</strong>
      </p>
      {children}
      <p>
        <Link to={hrefs.opportunities()}>Go to Opportunities</Link>
      </p>
    </section>
  </>
);
