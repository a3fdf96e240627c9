import type { Page } from '@playwright/test';

/** What went wrong in a page while a test ran: uncaught errors, console errors, CSP violations. */
export interface PageFaults {
  /** Uncaught exceptions and unhandled rejections (`pageerror`). */
  readonly uncaught: string[];
  /**
   * `console.error` lines, Angular's error handler and the browser's CSP reports included. The
   * browser's own network lines (`Failed to load resource: ... 404`) are left out: a crafted
   * payload may name a chat or file the stack does not have, and the console shows that failure.
   */
  readonly consoleErrors: string[];
  /** `securitypolicyviolation` events seen in the page, as `directive blocked-uri`. */
  violations(): Promise<string[]>;
}

/**
 * Starts recording faults of `page`; call before the first navigation, so the CSP listener is in
 * place before the console's scripts run.
 */
export async function recordPageFaults(page: Page): Promise<PageFaults> {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message.slice(0, 300)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      consoleErrors.push(message.text().slice(0, 300));
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`.slice(0, 300));
    });
  });
  return {
    uncaught,
    consoleErrors,
    violations: () =>
      page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      ),
  };
}
