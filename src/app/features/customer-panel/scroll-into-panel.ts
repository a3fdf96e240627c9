/** Space left above an element scrolled to the top of the panel. */
const TOP_MARGIN = 8;

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      return node;
    }
  }
  return null;
}

/**
 * Scrolls the panel so `element` sits at its top. Only the panel's own scroll area moves:
 * `scrollIntoView` would also move the page and the other columns.
 */
export function scrollIntoPanel(element: HTMLElement): void {
  const container = scrollParent(element);
  if (!container) {
    return;
  }
  const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const top =
    element.getBoundingClientRect().top -
    container.getBoundingClientRect().top +
    container.scrollTop -
    TOP_MARGIN;
  container.scrollTo({ top: Math.max(0, top), behavior: reduced ? 'auto' : 'smooth' });
}
