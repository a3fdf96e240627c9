/**
 * What the harness installs in every page before the console starts: a long-task observer, the
 * arrival time of every socket frame that carries a benchmark marker (`#B<n>`), and the time each
 * marker was first painted. Runs in the browser: it must not import anything.
 *
 * Paint time is the end of the first frame that shows the DOM change: a task posted from within
 * that frame runs once the frame has been produced. A change made in a task waits for the next
 * frame (a requestAnimationFrame callback posts the task); a change made in a frame callback (the
 * console renders live updates there) is painted by that same frame, so the task is posted at once.
 */
export function installProbe(): void {
  interface Probe {
    longTasks: { start: number; duration: number }[];
    arrivals: Record<string, number>;
    painted: Record<string, number>;
    lastClick: number;
    afterPaint(): Promise<number>;
    whenPainted(test: () => boolean, timeoutMs: number): Promise<number>;
  }
  const afterThisFrame = () =>
    new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  // Whether a frame is being produced: set when its first callback runs, cleared by a task, which
  // runs only once the frame is done. (A task queued before the frame that happens to run between
  // the frame and that clearing task would be taken as part of it: a rare case, one frame early.)
  let inFrame = false;
  const nativeFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    nativeFrame((time) => {
      if (!inFrame) {
        inFrame = true;
        void afterThisFrame().then(() => (inFrame = false));
      }
      callback(time);
    });
  const afterPaint = () =>
    inFrame
      ? afterThisFrame()
      : new Promise<number>((resolve) =>
          requestAnimationFrame(() => void afterThisFrame().then(resolve)),
        );
  const probe: Probe = {
    longTasks: [],
    arrivals: {},
    painted: {},
    lastClick: 0,
    afterPaint,
    whenPainted(test, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test()) {
            return false;
          }
          observer.disconnect();
          clearTimeout(timer);
          void afterPaint().then(resolve);
          return true;
        };
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('not painted in time'));
        }, timeoutMs);
        if (!check()) {
          observer.observe(document, { subtree: true, childList: true, characterData: true });
        }
      });
    },
  };
  (window as unknown as { __bench: Probe }).__bench = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener('click', (event) => (probe.lastClick = event.timeStamp), true);

  const marker = /#B(\d+)/g;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data !== 'string' || !event.data.includes('#B')) {
          return;
        }
        const at = performance.now();
        for (const match of event.data.matchAll(marker)) {
          probe.arrivals[match[1]] ??= at;
        }
      });
    }
  };

  const seen = new Set<string>();
  const pending: string[] = [];
  const scan = (text: string | null) => {
    if (!text || !text.includes('#B')) {
      return;
    }
    for (const match of text.matchAll(marker)) {
      if (!seen.has(match[1])) {
        seen.add(match[1]);
        pending.push(match[1]);
      }
    }
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        scan(mutation.target.textContent);
      }
      mutation.addedNodes.forEach((node) => scan(node.textContent));
    }
    if (pending.length > 0) {
      const ids = pending.splice(0);
      void afterPaint().then((at) => ids.forEach((id) => (probe.painted[id] = at)));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}
