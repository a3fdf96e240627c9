import { writeFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { SourceMaps } from './source-map';

/** A function of the console's sources (or of a package it bundles) and its self time. */
export interface HotFunction {
  /** The function's original name (from the source map when the build renamed it). */
  name: string;
  /** Its source file and line, `src/app/...:42` or `node_modules/@angular/core/...:1234`. */
  where: string;
  /** The start of the function's first line in the source, for a reader to place it. */
  code: string;
  /** Self time: milliseconds per second of the profiled stretch. */
  selfMsPerSecond: number;
}

/** Where the page's main thread spent a profiled stretch, by source function and by source file. */
export interface Attribution {
  seconds: number;
  /** Sampled time per second: JavaScript, the browser's own work ("(program)"), collection. */
  scriptMsPerSecond: number;
  programMsPerSecond: number;
  garbageMsPerSecond: number;
  /** The functions with the most self time, highest first. */
  functions: HotFunction[];
  /** Self time by source file (or package), highest first. */
  files: { file: string; selfMsPerSecond: number }[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a `node_modules/...` path belongs to (`@angular/core`, `rxjs`). */
function packageOf(source: string): string | undefined {
  return /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
}

/**
 * Runs `work` with the DevTools protocol's sampling profiler on `page`, and attributes each
 * sample's time to the function it was in (self time), mapped through the build's source maps in
 * `mapsDir` to its source file, line and original name. Time outside JavaScript (style, layout,
 * paint: "(program)") and collections are given apart.
 */
export async function profileAttribution(
  page: Page,
  mapsDir: string,
  work: () => Promise<void>,
  top = Number(process.env['BENCH_PROFILE_TOP'] ?? 15),
): Promise<Attribution> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await work();
  const seconds = (Date.now() - started) / 1000;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  // BENCH_PROFILE_FILE keeps the raw profile (a .cpuprofile DevTools opens).
  if (process.env['BENCH_PROFILE_FILE']) {
    writeFileSync(process.env['BENCH_PROFILE_FILE'], JSON.stringify(profile));
  }

  // Each sample lasts until the next one.
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + profile.timeDeltas[i + 1]);
  }

  const maps = new SourceMaps(mapsDir);
  const byFunction = new Map<string, { name: string; where: string; code: string; us: number }>();
  const byFile = new Map<string, number>();
  const special: Record<string, number> = {};
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) {
      continue;
    }
    const frame = node.callFrame;
    if (frame.url === '' && frame.functionName.startsWith('(')) {
      special[frame.functionName] = (special[frame.functionName] ?? 0) + us;
      continue;
    }
    const file = frame.url.replace(/^.*\//, '').split(/[?#]/)[0];
    const original = file ? maps.lookup(file, frame.lineNumber, frame.columnNumber) : undefined;
    const name = original?.name ?? (frame.functionName || '(anonymous)');
    const where = original
      ? `${original.source}:${original.line}`
      : frame.url
        ? `${file}:${frame.lineNumber + 1}`
        : '(browser built-in)';
    const key = `${name} ${where}`;
    const code = (original?.text ?? '').slice(0, 60);
    const entry = byFunction.get(key) ?? { name, where, code, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    const part = original ? (packageOf(original.source) ?? original.source) : where;
    byFile.set(part, (byFile.get(part) ?? 0) + us);
  }

  const perSecond = (us: number) => Math.round((us / 1000 / seconds) * 10) / 10;
  const scriptUs = [...byFunction.values()].reduce((sum, entry) => sum + entry.us, 0);
  return {
    seconds,
    scriptMsPerSecond: perSecond(scriptUs),
    programMsPerSecond: perSecond(special['(program)'] ?? 0),
    garbageMsPerSecond: perSecond(special['(garbage collector)'] ?? 0),
    functions: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((entry) => ({
        name: entry.name,
        where: entry.where,
        code: entry.code,
        selfMsPerSecond: perSecond(entry.us),
      })),
    files: [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, selfMsPerSecond: perSecond(us) })),
  };
}
