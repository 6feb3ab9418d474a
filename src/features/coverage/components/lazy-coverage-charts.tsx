import { lazy, Suspense, type ComponentProps } from 'react';

// The charting library is loaded only when a coverage screen opens, not with the app.
const CoverageCharts = lazy(async () => ({ default: (await import('./coverage-charts')).CoverageCharts }));

export const LazyCoverageCharts = (props: ComponentProps<typeof CoverageCharts>) => (
  <Suspense fallback={<p aria-busy="true">Loading charts…</p>}>
    <CoverageCharts {...props} />
  </Suspense>
);
