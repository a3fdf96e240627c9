/**
 * `npm run bench`: builds the console and the baseline app, starts a fresh local stack with 10,000
 * extra chats and a 10,000-message conversation, drives Debian's Chromium through sign-in, live
 * traffic, big lists and a compressed shift, loads the stack with 50 consoles, and writes
 * `docs/benchmarks.md`. Figures only: nothing here passes or fails a build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

import { ROOT, SEED_CHATS, WORK } from './bench-env';
import { analyseBuild, composition } from './bundle-size';
import { launchChromium } from './console-session';
import {
  buildBaseline,
  buildConsole,
  buildMappedConsole,
  sourceMapsOf,
  startConsole,
  startMappedConsole,
  startStack,
  type Child,
} from './processes';
import { type BenchResults, machineFacts, renderReport } from './report';
import { measureRouteSizes } from './route-sizes';
import { measureReturning } from './returning-scenarios';
import { measureStackLoad } from './stack-load';
import { injectFailures } from './traffic';
import { measureIngest } from './ingest-scenario';
import { measureShift } from './shift-scenario';
import { measureBigLists, measureStartup } from './ui-scenarios';

const started = Date.now();
// For working on the harness: BENCH_SKIP_BUILD=1 reuses the builds in the work folder, and
// BENCH_ONLY=startup,ingest runs only those sections (the report then lacks the others).
const skipBuild = process.env['BENCH_SKIP_BUILD'] === '1';
const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
const wanted = (name: string) =>
  !only || only.includes(name) || ['build', 'size', 'servers'].includes(name);

function log(line: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stdout.write(`[bench ${seconds}s] ${line}\n`);
}

async function section<T>(
  results: BenchResults,
  name: string,
  body: () => Promise<T>,
): Promise<T | undefined> {
  if (!wanted(name)) {
    return undefined;
  }
  log(`${name}...`);
  const load = loadavg()[0];
  const at = Date.now();
  try {
    const value = await body();
    results.sections[name] = { seconds: (Date.now() - at) / 1000, load1: load };
    log(`${name} done in ${((Date.now() - at) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.errors.push(`${name}: ${message.split('\n')[0]}`);
    log(`${name} failed: ${message}`);
    return undefined;
  }
}

/** Sizes of both builds; tried twice, as a just-finished build was once seen missing a file. */
async function analyseBuilds(consoleOut: string, baselineOut: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return { console: analyseBuild(consoleOut), baseline: analyseBuild(baselineOut) };
    } catch (error) {
      if (attempt >= 2) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/** Writes `docs/benchmarks.md` from `results`, formatted as the repository's lint expects. */
async function writeReport(results: BenchResults): Promise<string> {
  if (results.routes) {
    const chats = results.routes.chats;
    results.chatsComposition = composition(
      join(WORK, 'console'),
      (chats.beforeUsable?.files ?? chats.files).filter((file) => file.endsWith('.js')),
    );
  }
  // BENCH_REPORT writes it elsewhere (a trial run that must not replace the committed figures).
  const out = process.env['BENCH_REPORT'] ?? join(ROOT, 'docs', 'benchmarks.md');
  const style = (await resolveConfig(join(ROOT, 'docs', 'benchmarks.md'))) ?? {};
  writeFileSync(out, await format(renderReport(results), { ...style, filepath: out }));
  return out;
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  // For working on the report: BENCH_RENDER_ONLY=1 writes it again from the last run's results.
  if (process.env['BENCH_RENDER_ONLY'] === '1') {
    const saved = JSON.parse(readFileSync(join(WORK, 'results.json'), 'utf8')) as BenchResults;
    saved.startedAt = new Date(saved.startedAt);
    saved.finishedAt = saved.finishedAt ? new Date(saved.finishedAt) : undefined;
    if (!saved.build) {
      saved.build = await analyseBuilds(join(WORK, 'console'), join(WORK, 'baseline'));
      saved.errors = saved.errors.filter((error) => !error.startsWith('size:'));
    }
    log(`wrote ${await writeReport(saved)}`);
    return;
  }
  const results: BenchResults = { sections: {}, errors: [], startedAt: new Date() };
  // A partial run (BENCH_ONLY) replaces those sections in the last run's results.
  if (only && existsSync(join(WORK, 'results.json'))) {
    const saved = JSON.parse(readFileSync(join(WORK, 'results.json'), 'utf8')) as BenchResults;
    Object.assign(results, saved, { startedAt: new Date(saved.startedAt) });
    results.errors = saved.errors.filter(
      (error) => !only.some((name) => error.startsWith(`${name}:`)),
    );
    results.rerun = [...(saved.rerun ?? []), ...only];
  }
  const consoleOut = join(WORK, 'console');
  const baselineOut = join(WORK, 'baseline');
  const mappedOut = join(WORK, 'console-mapped');

  if (!skipBuild) {
    await section(results, 'build', async () => {
      await buildConsole(consoleOut);
      await buildBaseline(baselineOut);
      if (wanted('ingest')) {
        await buildMappedConsole(mappedOut);
      }
    });
  }
  results.build =
    (await section(results, 'size', () => analyseBuilds(consoleOut, baselineOut))) ?? results.build;

  const children: Child[] = [];
  const stopAll = () => Promise.all(children.map((child) => child.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    await section(results, 'servers', async () => {
      children.push(await startStack());
      children.push(await startConsole(join(consoleOut, 'browser')));
      if (wanted('ingest') && existsSync(join(mappedOut, 'browser', 'index.html'))) {
        children.push(await startMappedConsole(join(mappedOut, 'browser')));
      }
    });
    // Without the servers there is nothing to drive; the report still gets the sizes.
    if (results.sections['servers']) {
      const browser = await launchChromium();
      results.chromium = browser.version();
      try {
        results.routes =
          (await section(results, 'routes', () =>
            measureRouteSizes(browser, join(consoleOut, 'browser'), join(baselineOut, 'browser')),
          )) ?? results.routes;
        results.startup =
          (await section(results, 'startup', () => measureStartup(browser, 5))) ?? results.startup;
        results.returning =
          (await section(results, 'returning', () => measureReturning(browser, 5))) ??
          results.returning;
        results.bigLists =
          (await section(results, 'big lists', () =>
            measureBigLists(browser, Date.now() + 90_000),
          )) ?? results.bigLists;
        results.ingest =
          (await section(results, 'ingest', () =>
            measureIngest(
              browser,
              200,
              10,
              1_000,
              existsSync(sourceMapsOf(mappedOut)) ? sourceMapsOf(mappedOut) : undefined,
            ),
          )) ?? results.ingest;
        results.shift =
          (await section(results, 'shift', () =>
            measureShift(browser, {
              hours: 8,
              rate: 100,
              seconds: Number(process.env['BENCH_SHIFT_SECONDS'] ?? 60),
              openEverySeconds: 5,
              chats: SEED_CHATS,
            }),
          )) ?? results.shift;
      } finally {
        await browser.close();
      }
      results.stackLoad =
        (await section(results, 'stack load', () =>
          measureStackLoad(50, { saturateSeconds: 10, rate: 200, pacedSeconds: 10 }),
        )) ?? results.stackLoad;
    }
  } finally {
    await stopAll();
  }

  results.injectFailures = Object.fromEntries(injectFailures);
  results.finishedAt = new Date();
  results.machine = machineFacts();
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  const out = await writeReport(results);
  log(`wrote ${out}${results.errors.length ? ` (${results.errors.length} sections failed)` : ''}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The benchmark could not run: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
