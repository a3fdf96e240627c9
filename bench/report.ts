import { cpus, loadavg, totalmem } from 'node:os';

import type { BuildSizes, Part } from './bundle-size';
import { kb, loadOf, ms, ratio, sizeCells, verdict } from './report-format';
import { NOTES } from './report-notes';
import { returningSection, returningSummary } from './report-returning';
import { sizeAttribution } from './report-size';
import type { ReturningResult } from './returning-scenarios';
import type { RouteSizes } from './route-sizes';
import type { StackLoadResult } from './stack-load';
import type { IngestResult } from './ingest-scenario';
import { busyFigure, busySummary, profileSection } from './report-profile';
import type { ShiftResult } from './shift-scenario';
import { shiftSection, shiftSummary } from './report-shift';
import type { BigListResult, StartupResult } from './ui-scenarios';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  load: number[];
}

export interface BenchResults {
  startedAt: Date;
  finishedAt?: Date;
  machine?: Machine;
  chromium?: string;
  sections: Record<string, { seconds: number; load1: number }>;
  errors: string[];
  injectFailures?: Record<string, number>;
  /** Sections run again on their own after the full run (BENCH_ONLY). */
  rerun?: string[];
  /** The largest parts of the chats route's JS (raw bytes). */
  chatsComposition?: Part[];
  build?: { console: BuildSizes; baseline: BuildSizes };
  routes?: RouteSizes;
  startup?: StartupResult;
  returning?: ReturningResult;
  bigLists?: BigListResult;
  ingest?: IngestResult;
  shift?: ShiftResult;
  stackLoad?: StackLoadResult;
}

/** The machine the figures come from. */
export function machineFacts(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** The Markdown of `docs/benchmarks.md`. */
export function renderReport(r: BenchResults): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/run.ts`); do not edit by hand. Figures, not tests: nothing here',
    'fails a build (the size budgets in `angular.json` do). Every figure comes from one run of the',
    'production build against a fresh local stack, in Debian Chromium driven through Playwright and the',
    'DevTools protocol.',
    '',
    `- Command: \`npm run bench\` (run ${r.startedAt.toISOString()}, ${
      r.finishedAt
        ? `${Math.round((r.finishedAt.getTime() - r.startedAt.getTime()) / 1000)} s`
        : 'unfinished'
    })`,
  );
  if (r.machine) {
    const m = r.machine;
    push(
      `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, Chromium ${r.chromium ?? '?'}`,
      `- Load average at the end (1, 5, 15 min): ${m.load.join(', ')}. The machine is shared: timings`,
      '  taken under load are pessimistic; the load at the start of each section is given beside it.',
    );
  }
  push(
    '- Data: the seed plus 10,000 extra chats (`SEED_CHATS`) and one 10,000-message conversation',
    '  (`SEED_LONG_CHAT_MESSAGES`); the executive is Asha (about 2,600 chats of her own).',
    '',
  );

  push('## Summary', '', '| goal | figure | |', '| --- | --- | --- |');
  const b = r.build;
  const routes = r.routes;
  if (routes) {
    const base = routes.baseline.size.brotli;
    // Runs before the split kept only the whole route.
    const login = (routes.login.beforeUsable ?? routes.login).size;
    const chats = (routes.chats.beforeUsable ?? routes.chats).size;
    push(
      `| login page transfer before the form is usable ≤ baseline | ${kb(login.brotli)} vs ${kb(base)} (${ratio(login.brotli / base)}; ${kb(routes.login.size.brotli)} with the console's code fetched once idle) | ${verdict(login.brotli <= base)} |`,
      `| chats route transfer before the list is usable ≤ 1.6 × baseline | ${kb(chats.brotli)} (${ratio(chats.brotli / base)}) | ${verdict(chats.brotli <= 1.6 * base)} |`,
      `| chats route with the idle prefetches after it (not a goal) | ${kb(routes.chats.size.brotli)} (${ratio(routes.chats.size.brotli / base)}) | figure |`,
    );
  }
  if (b) {
    push(
      `| no zone.js | ${b.console.hasZoneJs ? 'zone.js is bundled' : 'none in the build'} | ${verdict(!b.console.hasZoneJs)} |`,
    );
  }
  if (r.startup) {
    push(
      `| sign-in to usable list < 1 s (median) | ${ms(r.startup.medianMs)} | ${verdict(r.startup.medianMs < 1000)} |`,
    );
  }
  if (r.returning) {
    push(...returningSummary(r.returning));
  }
  if (r.ingest) {
    const i = r.ingest;
    const lost =
      i.accepted -
      i.framesReceived +
      (i.openChatSent - i.openChatPainted) +
      (i.rowsChecked - i.rowsCurrent);
    push(
      `| ingest (${(i.accepted / i.sendSeconds).toFixed(0)} events/s reached): no long task > 50 ms | ${i.longTasks} (longest ${ms(i.longestTaskMs)}) | ${verdict(i.longTasks === 0)} |`,
      `| ingest: event-to-paint p95 < 33 ms | ${ms(i.eventToPaintP95)} | ${verdict(i.eventToPaintP95 < 33)} |`,
      `| ingest: no events lost | ${lost === 0 ? 'none' : `${lost} missing`} | ${verdict(lost === 0)} |`,
      ...(i.busy ? [busySummary(i.busy)] : []),
    );
  }
  if (r.bigLists) {
    const worst = Math.max(
      ...r.bigLists.rows.map((row) => row.rendered / Math.max(1, row.visible)),
    );
    push(
      `| list rows in DOM ≤ 1.5 × visible | ${ratio(worst)} at worst | ${verdict(worst <= 1.5)} |`,
      `| open a 10,000-message chat < 300 ms | ${ms(r.bigLists.longChat.openMs)} | ${verdict(r.bigLists.longChat.openMs < 300)} |`,
      `| switch back to a chat opened in the last few minutes < 50 ms (median; painted from memory, then reconciled) | ${ms(r.bigLists.switchMedianMs)} | ${verdict(r.bigLists.switchMedianMs < 50)} |`,
    );
  }
  if (r.shift) {
    push(...shiftSummary(r.shift));
  }
  if (r.stackLoad) {
    push(
      `| stack: messages/s with 50 consoles (not a goal: the ceiling of the e2e and bench figures) | ${r.stackLoad.saturated.perSecond.toFixed(0)}/s, p95 ack ${ms(r.stackLoad.saturated.p95)}; at ${r.stackLoad.paced.rate}/s p95 ack ${ms(r.stackLoad.paced.p95)} | figure |`,
    );
  }
  push('');

  if (b && routes) {
    push(
      '## 1. Size',
      '',
      'Production builds of the console and of the baseline (`bench/baseline/`: a zoneless Angular 21 app',
      'with the router, HttpClient, the same fonts and Material theme, and a Material shell: toolbar,',
      'sidenav, nav list, button and dialog). Sizes are of the built files as served: raw, gzip level 9',
      'and brotli quality 11 (Node zlib), each file compressed on its own; "transfer" means brotli.',
      'Route figures are the JS, CSS and HTML Chromium requested to show that route (fonts not counted),',
      'in all and before the page was usable (the sign-in form shown, the first chat rows): what the',
      "console fetches once the browser is idle (on the sign-in page the signed-in console's code,",
      'fetched while the executive types; on the chats page the conversation pane and the customer',
      'panel; the service worker and its update prompt) comes after and does not hold the page back.',
      '',
      '| what | files | raw | gzip | brotli | × baseline (brotli) |',
      '| --- | --- | --- | --- | --- | --- |',
      `| baseline: initial | ${sizeCells(routes.baseline.size)} | 1.00× |`,
      `| console: initial (index.html + initial chunks) | ${sizeCells(b.console.initial)} | ${ratio(b.console.initial.brotli / routes.baseline.size.brotli)} |`,
      `| console: login page | ${sizeCells(routes.login.size)} | ${ratio(routes.login.size.brotli / routes.baseline.size.brotli)} |`,
      ...(routes.login.beforeUsable
        ? [
            `| console: login page, before the form is usable | ${sizeCells(routes.login.beforeUsable.size)} | ${ratio(routes.login.beforeUsable.size.brotli / routes.baseline.size.brotli)} |`,
          ]
        : []),
      `| console: chats route (initial + lazy) | ${sizeCells(routes.chats.size)} | ${ratio(routes.chats.size.brotli / routes.baseline.size.brotli)} |`,
      ...(routes.chats.beforeUsable
        ? [
            `| console: chats route, before the list is usable | ${sizeCells(routes.chats.beforeUsable.size)} | ${ratio(routes.chats.beforeUsable.size.brotli / routes.baseline.size.brotli)} |`,
          ]
        : []),
      '',
      'Each lazy entry point, with the chunks it loads beyond the initial ones (chunks shared between',
      'lazy entries count in each):',
      '',
      '| lazy entry | files | raw | gzip | brotli |',
      '| --- | --- | --- | --- | --- |',
      ...b.console.lazy.map((chunk) => `| \`${chunk.entry}\` | ${sizeCells(chunk.size)} |`),
      '',
      `zone.js: ${b.console.hasZoneJs ? 'bundled' : 'not in the build inputs'} (baseline: ${b.baseline.hasZoneJs ? 'bundled' : 'not bundled'}).`,
      '',
    );
    if (r.chatsComposition) {
      push(...sizeAttribution(r.chatsComposition));
    }
  }

  if (r.startup) {
    push(
      '## 2. Startup',
      '',
      'From the click on "Sign in" (its event time) to the first frame painted after a chat row exists',
      'that a click at its centre would reach. Fresh browser profile each run, production build served',
      `locally, 10,000 extra chats on the stack. ${loadOf(r, 'startup')}.`,
      '',
      `Runs: ${r.startup.runsMs.map(ms).join(', ')}; median **${ms(r.startup.medianMs)}** (goal < 1 s).`,
      '',
    );
  }

  if (r.returning) {
    push(...returningSection(r.returning, r));
  }

  if (r.ingest) {
    const i = r.ingest;
    push(
      '## 3. Ingest',
      '',
      `${i.rate} inbound messages a second for ${i.seconds} s through \`POST /dev/inject\`, over ${i.chats}`,
      "of Asha's chats, every tenth into the chat she has open. Event-to-paint: from the arrival of the",
      'socket frame carrying a message to the end of the first frame painted with it (a task posted from',
      'that frame, which runs once the frame is produced; see `bench/page-probe.ts`). Long tasks from a',
      'PerformanceObserver.',
      `${loadOf(r, 'ingest')}.`,
      '',
      '| figure | value |',
      '| --- | --- |',
      `| sent / accepted by the stack | ${i.sent} / ${i.accepted} in ${i.sendSeconds.toFixed(1)} s (${(i.accepted / i.sendSeconds).toFixed(0)}/s reached; see 6 for what the stack sustains) |`,
      `| socket frames received by the console | ${i.framesReceived} of ${i.accepted} accepted |`,
      `| open chat: messages painted | ${i.openChatPainted} of ${i.openChatSent} |`,
      `| rows on screen showing their chat's last message | ${i.rowsCurrent} of ${i.rowsChecked} |`,
      `| long tasks > 50 ms | ${i.longTasks} (longest ${ms(i.longestTaskMs)}) |`,
      `| event-to-paint p50 / p95 / max | ${ms(i.eventToPaintP50)} / ${ms(i.eventToPaintP95)} / ${ms(i.eventToPaintMax)} (${i.paintedSamples} messages painted) |`,
      ...(i.busy
        ? [
            `| main thread busy, traced burst of ${i.busy.seconds.toFixed(1)} s | ${busyFigure(i.busy)} (goal < 250); on a core by kind: ${Object.entries(
              i.busy.byKind,
            )
              .map(([kind, value]) => `${kind} ${value}`)
              .join(', ')}; ${i.busy.tasks} tasks, ${i.busy.longTasks} over 50 ms |`,
          ]
        : []),
      '',
      ...(i.profile ? profileSection(i.profile) : []),
    );
    const failures = Object.entries(r.injectFailures ?? {});
    if (failures.length > 0) {
      push(
        'Inbound messages the stack did not take (whole run): ' +
          failures.map(([why, count]) => `${count} × \`${why}\``).join(', ') +
          '. A message the stack refused never reaches a console, so it is not counted as lost there.',
        '',
      );
    }
  }

  if (r.bigLists) {
    const l = r.bigLists;
    push(
      '## 4. Big lists',
      '',
      `The All list paged in to its end (${l.chatsInList} chats), then Asha's list. ${loadOf(r, 'big lists')}.`,
      '',
      '| where | rows in the DOM | rows visible | ratio |',
      '| --- | --- | --- | --- |',
      ...l.rows.map(
        (row) =>
          `| ${row.where} | ${row.rendered} | ${row.visible} | ${ratio(row.rendered / Math.max(1, row.visible))} |`,
      ),
      '',
      `Opening the ${l.longChat.messages.toLocaleString('en')}-message conversation from the list: **${ms(l.longChat.openMs)}** from the click to`,
      `its newest message painted (goal < 300 ms); ${l.longChat.bubblesInDom} message bubbles in the DOM.`,
      '',
      `Switching between it and another open chat (click to the newest message painted): ${l.switchesMs.map(ms).join(', ')};`,
      `median **${ms(l.switchMedianMs)}** (goal < 50 ms: the first switch opens a chat never opened, the others paint from memory).`,
      '',
    );
  }

  if (r.shift) {
    push(...shiftSection(r.shift, r));
  }

  if (r.stackLoad) {
    const s = r.stackLoad;
    push(
      '## 6. Local stack',
      '',
      `${s.consoles} consoles (socket.io clients with executive tokens) each replying in a chat of its own with`,
      '`send_message`; every message is also broadcast to the consoles of its executive.',
      `${loadOf(r, 'stack load')}.`,
      '',
      '| load | acknowledged | p50 ack | p95 ack | errors |',
      '| --- | --- | --- | --- | --- |',
      `| each console sends on its last ack, ${s.saturated.seconds.toFixed(0)} s | ${s.saturated.acked} (${s.saturated.perSecond.toFixed(0)}/s) | ${ms(s.saturated.p50)} | ${ms(s.saturated.p95)} | ${s.saturated.errors} |`,
      `| ${s.paced.rate}/s in total, ${s.paced.seconds} s | ${s.paced.acked} | ${ms(s.paced.p50)} | ${ms(s.paced.p95)} | ${s.paced.errors} |`,
      '',
      `new_message events delivered to the consoles while saturated: ${s.deliveredEvents}.`,
      '',
    );
  }

  push(...NOTES);
  push('## Run', '', '| section | seconds | load (1 min) at start |', '| --- | --- | --- |');
  for (const [name, section] of Object.entries(r.sections)) {
    push(`| ${name} | ${section.seconds.toFixed(1)} | ${section.load1.toFixed(2)} |`);
  }
  if (r.rerun && r.rerun.length > 0) {
    push(
      '',
      `Run again on their own after the full run, against a fresh stack: ${r.rerun.join(', ')}.`,
    );
  }
  if (r.errors.length > 0) {
    push('', 'Sections that failed:', '', ...r.errors.map((error) => `- ${error}`));
  }
  push('');
  return lines.join('\n');
}
