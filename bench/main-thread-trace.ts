import { writeFileSync } from 'node:fs';

import type { Browser, Page } from '@playwright/test';

/** The page's main thread over a traced stretch: how busy, and with what. */
export interface MainThreadBusy {
  /** Length of the stretch. */
  seconds: number;
  /** Milliseconds of tasks on the page's main thread per second of the stretch (wall clock). */
  busyMsPerSecond: number;
  /**
   * Of those, the milliseconds the thread actually ran on a core (the trace's thread time): what
   * the page's work costs, apart from the time a loaded machine keeps the thread waiting.
   */
  cpuMsPerSecond?: number;
  /** Tasks that ran, and those over 50 ms. */
  tasks: number;
  longTasks: number;
  /** On-CPU time inside the tasks by kind (scripting, style and layout, paint, ...), ms per second. */
  byKind: Record<string, number>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (on-CPU) duration. */
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId: number; parent?: string }[] } };
}

/** The kind each timeline event of a task counts as (the others count as "other"). */
const KINDS: Record<string, string> = {
  FunctionCall: 'scripting',
  EvaluateScript: 'scripting',
  TimerFire: 'scripting',
  FireAnimationFrame: 'scripting',
  EventDispatch: 'scripting',
  RunMicrotasks: 'scripting',
  'v8.run': 'scripting',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  UpdateLayoutTree: 'style and layout',
  Layout: 'style and layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  ParseHTML: 'parsing',
};

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'blink',
];

/**
 * Runs `work` with Chromium tracing the page, and reads from the trace how busy the page's main
 * thread was: the sum of its tasks per second, and inside them the time by kind (each nested
 * timeline event counted once, by its outermost kind).
 */
export async function mainThreadBusy(
  browser: Browser,
  page: Page,
  work: () => Promise<void>,
): Promise<MainThreadBusy> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const started = Date.now();
  await work();
  const seconds = (Date.now() - started) / 1000;
  const raw = await browser.stopTracing();
  // BENCH_TRACE_FILE keeps the raw trace, for a closer look (chrome://tracing, DevTools).
  if (process.env['BENCH_TRACE_FILE']) {
    writeFileSync(process.env['BENCH_TRACE_FILE'], raw);
  }
  const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;

  // The page's renderer: the process of its main frame when tracing started.
  const startedIn = events.find((event) => event.name === 'TracingStartedInBrowser');
  const pid = startedIn?.args?.data?.frames?.find((frame) => !frame.parent)?.processId;
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      (pid === undefined || event.pid === pid),
  );
  if (!main) {
    throw new Error('the trace has no main thread of the page');
  }
  const own = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = own.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 0);
  const busyUs = tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0);
  const cpuUs = tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0);

  // Inside the tasks: each kind's outermost events (an event inside another of a known kind
  // belongs to that one).
  const byKindUs: Record<string, number> = {};
  let coveredUntil = 0;
  for (const event of own) {
    const kind = KINDS[event.name];
    if (!kind || event.ts < coveredUntil) {
      continue;
    }
    byKindUs[kind] = (byKindUs[kind] ?? 0) + (event.tdur ?? event.dur ?? 0);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  const inKinds = Object.values(byKindUs).reduce((sum, us) => sum + us, 0);
  byKindUs['other'] = Math.max(0, cpuUs - inKinds);
  const perSecond = (us: number) => Math.round(us / 1000 / seconds);
  return {
    seconds,
    busyMsPerSecond: perSecond(busyUs),
    cpuMsPerSecond: perSecond(cpuUs),
    tasks: tasks.length,
    longTasks: tasks.filter((task) => (task.dur ?? 0) > 50_000).length,
    byKind: Object.fromEntries(
      Object.entries(byKindUs)
        .map(([kind, us]) => [kind, perSecond(us)] as const)
        .sort((a, b) => b[1] - a[1]),
    ),
  };
}
