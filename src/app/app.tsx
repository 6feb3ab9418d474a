import { RouterProvider } from 'react-router';
import { router } from './router';

/** The composition root: the router, whose layout route is the shell. */
export const App = () => <RouterProvider router={router} />;
