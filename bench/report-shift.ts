import { loadOf, pct, verdict, type SectionTimes } from './report-format';
import type { MemorySample, ShiftResult } from './shift-scenario';

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
const withoutCode = (s: MemorySample) => s.heapUsedBytes - s.codeBytes;
const growth = (from: number, to: number) => to / from - 1;

/** The heap's growth over the second half of the shift, without compiled code: a steady state? */
export function secondHalfGrowth(s: ShiftResult): number | undefined {
  return s.middle ? growth(withoutCode(s.middle), withoutCode(s.end)) : undefined;
}

/** The summary rows of a shift. */
export function shiftSummary(s: ShiftResult): string[] {
  const second = secondHalfGrowth(s);
  const whole = growth(withoutCode(s.start), withoutCode(s.end));
  return [
    `| shift: JS heap without compiled code, growth < 10% | ${pct(whole)} (with compiled code ${pct(s.heapGrowth)}) | ${verdict(whole < 0.1)} |`,
    `| shift: heap without compiled code, second half of the shift < 2% (a steady state) | ${second === undefined ? 'not measured' : pct(second)} | ${verdict(second === undefined ? undefined : second < 0.02)} |`,
    `| shift: DOM node growth < 10% | ${pct(s.domGrowth)} | ${verdict(s.domGrowth < 0.1)} |`,
  ];
}

/** Constructors whose objects grew most in bytes between two samples. */
function grownKinds(from: MemorySample, to: MemorySample, top: number): string[] {
  if (!from.kinds || !to.kinds) {
    return [];
  }
  const before = from.kinds;
  return Object.entries(to.kinds)
    .map(([kind, now]) => {
      const then = before[kind] ?? { count: 0, bytes: 0 };
      return { kind, count: now.count - then.count, bytes: now.bytes - then.bytes };
    })
    .filter((row) => row.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map(
      (row) =>
        `| \`${row.kind.replaceAll('|', '\\|').replaceAll('`', "'")}\` | ${row.count > 0 ? '+' : ''}${row.count} | +${(row.bytes / 1024).toFixed(1)} KiB |`,
    );
}

/** The section of a shift. */
export function shiftSection(s: ShiftResult, times: SectionTimes): string[] {
  const m = s.middle;
  const cells = (value: (sample: MemorySample) => number, show: (n: number) => string) =>
    [
      show(value(s.start)),
      ...(m ? [show(value(m))] : []),
      show(value(s.end)),
      pct(growth(value(s.start), value(s.end))),
      ...(m ? [pct(growth(value(m), value(s.end)))] : []),
    ].join(' | ');
  const count = (n: number) => String(n);
  const out = [
    '## 5. A shift',
    '',
    `${s.simulatedHours} simulated hours compressed into ${s.seconds.toFixed(0)} s: ${s.events.toLocaleString('en')} inbound messages at`,
    `${s.rate}/s over all 10,000 benchmark chats (${s.accepted.toLocaleString('en')} accepted), Asha opening the chat at the top of her list`,
    `${s.opened} times and resolving it (${s.resolved} resolved). A real shift at 20 events/s is 576,000 events;`,
    'this run keeps the pattern (every chat touched, chats opened and closed) at a volume that fits the',
    'time limit. Heap after three forced collections (HeapProfiler.collectGarbage, Runtime.getHeapUsage);',
    `DOM elements in the document; the same chat open at each sample (start, halfway, end). The start`,
    `is taken after a warm-up of ${(s.warmUpEvents ?? 0).toLocaleString('en')} messages to the chats already loaded, so code compiled once for`,
    'the hot paths does not count as growth; the second half says whether the heap has reached a',
    `steady state. ${loadOf(times, 'shift')}.`,
    '',
    m ? '| | start | halfway | end | growth | second half |' : '| | start | end | growth |',
    m ? '| --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
    `| JS heap after GC | ${cells((x) => x.heapUsedBytes, mb)} |`,
    `| of which compiled code | ${cells((x) => x.codeBytes, mb)} |`,
    `| JS heap without compiled code | ${cells(withoutCode, mb)} |`,
    `| DOM elements | ${cells((x) => x.domNodes, count)} |`,
    `| JS event listeners | ${cells((x) => x.listeners, count)} |`,
    '',
  ];
  const grown = Object.entries(s.end.tags)
    .map(([tag, n]) => [tag, n - (s.start.tags[tag] ?? 0)] as const)
    .filter(([, delta]) => delta !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 8);
  if (grown.length > 0) {
    out.push(
      'Elements that changed in number: ' +
        grown.map(([tag, delta]) => `\`${tag}\` ${delta > 0 ? '+' : ''}${delta}`).join(', ') +
        '.',
      '',
    );
  }
  const kinds = m ? grownKinds(m, s.end, 8) : [];
  if (kinds.length > 0) {
    out.push(
      'What grew in the second half (heap snapshots halfway and at the end, objects by constructor):',
      '',
      '| constructor | objects | self size |',
      '| --- | --- | --- |',
      ...kinds,
      '',
    );
  }
  return out;
}
