/**
 * Resolves after the next animation frame and the tasks it queued: long enough for what the
 * stores fold once a frame (live chat updates, message bursts) to have landed.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
