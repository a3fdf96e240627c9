import { loadOf, ms, verdict, type SectionTimes } from './report-format';
import type { ReturningResult } from './returning-scenarios';

/** The goal of a second visit: sign-in to a usable list, median. */
const SECOND_VISIT_GOAL_MS = 500;
/** The goal of a first visit over the slow office line: sign-in to a usable list, median. */
const SLOW_LINE_GOAL_MS = 3000;

/** The summary rows of a returning executive and of the slow line. */
export function returningSummary(r: ReturningResult): string[] {
  const { second, slowFirst } = r;
  const line = slowFirst.line;
  return [
    `| second visit (code from the service worker): sign-in to usable list < ${SECOND_VISIT_GOAL_MS} ms (median) | ${ms(second.signInMedianMs)} | ${verdict(second.signInMedianMs < SECOND_VISIT_GOAL_MS)} |`,
    `| first visit on a slow line (${line.downKbps / 1000} Mbps down, ${line.upKbps} kbps up, ${line.rttMs} ms round trip): sign-in to usable list < ${SLOW_LINE_GOAL_MS / 1000} s (median) | ${ms(slowFirst.signInMedianMs)} (page to sign-in form ${ms(slowFirst.formMedianMs)}) | ${verdict(slowFirst.signInMedianMs < SLOW_LINE_GOAL_MS)} |`,
  ];
}

/** The section of a returning executive and of a first visit over the slow line. */
export function returningSection(r: ReturningResult, times: SectionTimes): string[] {
  const { second, slowFirst } = r;
  const line = slowFirst.line;
  return [
    '## 2b. A returning executive, and a first visit on a slow line',
    '',
    'Second visit: one profile signs in once, so the service worker (`public/sw.js`) installs and keeps',
    'the shell and its code; then each run opens the console in a new tab of that profile (signed out:',
    'the session lives in the tab) and signs in. Scripts and styles answered by the worker:',
    `${second.fromWorker} of ${second.files}. ${loadOf(times, 'returning')}.`,
    '',
    `| run | page to sign-in form | sign-in to usable list |`,
    '| --- | --- | --- |',
    ...second.signInMs.map((value, i) => `| ${i + 1} | ${ms(second.formMs[i])} | ${ms(value)} |`),
    `| median | ${ms(second.formMedianMs)} | **${ms(second.signInMedianMs)}** (goal < ${SECOND_VISIT_GOAL_MS} ms) |`,
    '',
    `First visit on a slow office line: DevTools network emulation at ${line.downKbps / 1000} Mbps down,`,
    `${line.upKbps} kbps up and ${line.rttMs} ms round trip, a fresh profile each run, brotli files as`,
    '`scripts/serve-console.ts` serves them. The emulation covers the page, not a service worker, so',
    "these profiles run without one (a first visit's worker installs only once the page is idle).",
    '',
    `| run | page to sign-in form | sign-in to usable list |`,
    '| --- | --- | --- |',
    ...slowFirst.signInMs.map(
      (value, i) => `| ${i + 1} | ${ms(slowFirst.formMs[i])} | ${ms(value)} |`,
    ),
    `| median | ${ms(slowFirst.formMedianMs)} | **${ms(slowFirst.signInMedianMs)}** (goal < ${SLOW_LINE_GOAL_MS / 1000} s) |`,
    '',
  ];
}
