import { Link } from 'react-router';
import { hrefs } from '../../config/routes';

export const NotFoundPage = () => (
  <>
    <title>Not found · Contact Plan</title>
    <h1>There is no such page</h1>
    <p>
      The address may be mistyped, or the record it pointed to was deleted.{' '}
      <Link to={hrefs.opportunities()}>Go to Opportunities</Link>.
    </p>
  </>
);
