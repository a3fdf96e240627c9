import type { Page } from '@playwright/test';

/**
 * Records every delivery state ("Sending", "Sent", ...) that outbound messages with `text` show,
 * in order, from the moment it is called. The optimistic state may last only one round trip, too
 * short to poll for; a MutationObserver sees each state the page actually rendered.
 */
export async function traceDeliveryStates(
  page: Page,
  text: string,
): Promise<() => Promise<string[]>> {
  await page.evaluate((wanted) => {
    const seen: string[] = [];
    (window as unknown as { __deliveryTrace: string[] }).__deliveryTrace = seen;
    const record = () => {
      for (const bubble of Array.from(document.querySelectorAll('app-message-bubble'))) {
        if (!bubble.textContent?.includes(wanted)) {
          continue;
        }
        const label = bubble.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label');
        if (label && seen[seen.length - 1] !== label) {
          seen.push(label);
        }
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
  }, text);
  return () =>
    page.evaluate(() => [...(window as unknown as { __deliveryTrace: string[] }).__deliveryTrace]);
}
