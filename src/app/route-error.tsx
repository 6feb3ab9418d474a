import { Link, useRouteError } from 'react-router';
import { hrefs } from '../config/routes';

/** Shown when a screen crashes: says so plainly and offers a way back; saved data is untouched. */
export const RouteError = () => {
  const error = useRouteError();
  return (
    <main className="page" id="main">
      <h1>Something went wrong on this screen</h1>
      <p>Everything you saved is still in this browser. Go back to the list, or reload the page.</p>
      <pre className="error-detail">{error instanceof Error ? error.message : String(error)}</pre>
      <p>
        <Link to={hrefs.opportunities()}>Back to Opportunities</Link>
      </p>
    </main>
  );
};
