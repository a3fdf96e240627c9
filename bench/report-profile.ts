import type { MainThreadBusy } from './main-thread-trace';
import { verdict } from './report-format';
import type { Attribution, HotFunction } from './trace-attribution';

/** The goal for the main thread during the ingest burst, ms per second. */
const BUSY_GOAL_MS = 250;

/**
 * The main thread's busy time: on a core (the trace's thread time, which the machine's load hardly
 * changes), with the wall-clock time of its tasks beside it (which stretches with the load).
 */
export function busyFigure(b: MainThreadBusy): string {
  return b.cpuMsPerSecond === undefined
    ? `${b.busyMsPerSecond} ms per second`
    : `${b.cpuMsPerSecond} ms per second on a core (${b.busyMsPerSecond} ms/s wall clock)`;
}

/** The summary row of the main thread's busy time; judged on its time on a core when traced. */
export function busySummary(b: MainThreadBusy): string {
  const judged = b.cpuMsPerSecond ?? b.busyMsPerSecond;
  return `| ingest: main thread busy < ${BUSY_GOAL_MS} ms per second of the burst (from a trace: time on a core, wall clock beside it) | ${busyFigure(b)} | ${verdict(judged < BUSY_GOAL_MS)} |`;
}

const perSecond = (value: number) => `${value.toFixed(1)} ms/s`;

/** A table cell of code: no pipes or backquotes to break the table. */
const codeCell = (text: string) =>
  text ? `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\`` : '';

const functionRow = (f: HotFunction) =>
  `| \`${f.name}\` | \`${f.where}\` | ${codeCell(f.code)} | ${perSecond(f.selfMsPerSecond)} |`;

/** The ingest burst's profile: where the main thread's time went, by source function and file. */
export function profileSection(p: Attribution): string[] {
  return [
    `Where the time goes: a third burst at the same rate (${p.seconds.toFixed(1)} s) under the`,
    "DevTools protocol's sampling profiler (`bench/trace-attribution.ts`), each sample's self time",
    'attributed to its function and mapped through source maps to its source file and line: the',
    'profiled page runs a second build of the console with hidden source maps (the `bench` build',
    'configuration), as source maps change the minified code a little. JavaScript',
    `${perSecond(p.scriptMsPerSecond)}, the browser's own work outside it (style, layout, paint,`,
    `the socket: "program") ${perSecond(p.programMsPerSecond)}, garbage collection`,
    `${perSecond(p.garbageMsPerSecond)}. Layout and style a script forces (reading a size right`,
    "after a change) count as that script's self time.",
    '',
    '| function | source | its first line | self time |',
    '| --- | --- | --- | --- |',
    ...p.functions.map(functionRow),
    '',
    'By source file or package:',
    '',
    '| source | self time |',
    '| --- | --- |',
    ...p.files.map((f) => `| \`${f.file}\` | ${perSecond(f.selfMsPerSecond)} |`),
    '',
  ];
}
