import { expect, test as base } from '@playwright/test';

/** What the browser reports when the app's Content-Security-Policy blocks something. */
type Violation = { page: string; directive: string; blocked: string; sample: string };

/**
 * The `test` every spec uses: the Playwright one, plus a watch on the Content-Security-Policy in
 * every page of the test (second tabs included). Any blocked script, style, worker or frame fails
 * the test that caused it, so a screen that needs an unsafe policy is found by the suite.
 */
export const test = base.extend<{ contentSecurityPolicyWatch: undefined }>({
  contentSecurityPolicyWatch: [
    async ({ context }, use) => {
      const violations: Violation[] = [];
      await context.exposeBinding('__reportPolicyViolation', ({ page }, violation: Omit<Violation, 'page'>) => {
        violations.push({ page: page.url(), ...violation });
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportPolicyViolation?: (violation: unknown) => void })
            .__reportPolicyViolation;
          report?.({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
        });
      });
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
