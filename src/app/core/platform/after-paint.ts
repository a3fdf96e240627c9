/** Longest the work waits when animation frames do not fire (a hidden tab). */
const HIDDEN_TAB_MS = 250;

/**
 * Runs `work` once the browser has painted the next frame (a task after the frame's animation
 * callbacks), so what the executive waits for reaches the screen first and secondary work
 * (loading a side panel's sections) starts right after. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (!done) {
      done = true;
      cancel();
      work();
    }
  };
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run);
  });
  const fallback = setTimeout(run, HIDDEN_TAB_MS);
  function cancel(): void {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (task !== null) {
      clearTimeout(task);
    }
  }
  return cancel;
}
