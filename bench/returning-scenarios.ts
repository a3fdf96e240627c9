import { appendFileSync } from 'node:fs';

import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

import { CONSOLE_URL } from './bench-env';
import {
  type BenchProbe,
  armListWatch,
  newBenchContext,
  openLoginIn,
  submitLogin,
} from './console-session';
import { percentile, sleep } from './traffic';

/** The slow office line of the goal: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_LINE = { downKbps: 1600, upKbps: 750, rttMs: 150 };

export interface VisitRuns {
  /** Page opened to the sign-in form shown, per run. */
  formMs: number[];
  /** Sign-in clicked to a usable chat list, per run. */
  signInMs: number[];
  formMedianMs: number;
  signInMedianMs: number;
}

export interface ReturningResult {
  /** Second visits: a new tab of a profile that signed in before (the worker installed). */
  second: VisitRuns & { fromWorker: number; files: number };
  /** First visits over the slow line, each in a fresh profile. */
  slowFirst: VisitRuns & { line: typeof SLOW_LINE };
}

/** The page time the sign-in form showed (from the start of the navigation). */
function formShownAt(page: Page): Promise<number> {
  return page
    .waitForFunction(() => document.querySelector('input[type="email"]') && performance.now(), {
      polling: 'raf',
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** Signs in on the login page open in `page`; the milliseconds from the click to a usable list. */
async function signInMs(page: Page): Promise<number> {
  await armListWatch(page);
  const clicked = await submitLogin(page);
  const ready = await page.evaluate(
    () => (window as unknown as { __bench: BenchProbe }).__bench.listReady!,
  );
  return ready - clicked;
}

function summary(formMs: number[], signIn: number[]): VisitRuns {
  return {
    formMs,
    signInMs: signIn,
    formMedianMs: percentile(formMs, 50),
    signInMedianMs: percentile(signIn, 50),
  };
}

/**
 * A returning executive: one profile signs in once (the service worker installs and keeps the
 * shell and code), then `runs` new tabs of it each open the console and sign in again.
 */
async function secondVisits(browser: Browser, runs: number): Promise<ReturningResult['second']> {
  const context = await newBenchContext(browser);
  const first = await openLoginIn(context);
  await signInMs(first);
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  // The idle prefetches (the conversation's code) go through the worker too.
  await sleep(3_000);
  await first.close();
  const formMs: number[] = [];
  const signIn: number[] = [];
  let fromWorker = 0;
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (/\.(?:js|css)$/.test(new URL(response.url()).pathname)) {
        files++;
        fromWorker += response.fromServiceWorker() ? 1 : 0;
      }
    });
    await page.goto(`${CONSOLE_URL}/login`);
    formMs.push(await formShownAt(page));
    signIn.push(await signInMs(page));
    await page.close();
  }
  await context.close();
  return { ...summary(formMs, signIn), fromWorker, files };
}

/**
 * With `BENCH_WATERFALL=<file>`, records a slow-line run's requests and socket frames from the
 * sign-in's POST on, in milliseconds from it: what follows the click serially is what the slow
 * line makes expensive. Returns a function that appends the run to the file.
 */
function recordWaterfall(cdp: CDPSession): () => void {
  const out = process.env['BENCH_WATERFALL'];
  if (!out) {
    return () => undefined;
  }
  const lines: string[] = [];
  const paths = new Map<string, string>();
  let t0: number | null = null;
  let last = 0;
  const note = (timestamp: number, text: string) => {
    if (t0 !== null) {
      last = timestamp;
      lines.push(`${((timestamp - t0) * 1000).toFixed(0).padStart(6)} ms ${text}`);
    }
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    const path = new URL(event.request.url).pathname;
    paths.set(event.requestId, path);
    if (t0 === null && event.request.method === 'POST') {
      t0 = event.timestamp;
    }
    note(event.timestamp, `→ ${event.request.method} ${path}`);
  });
  cdp.on('Network.loadingFinished', (event) =>
    note(event.timestamp, `← ${paths.get(event.requestId)} ${event.encodedDataLength} B`),
  );
  cdp.on('Network.webSocketCreated', () => note(last, '⇄ websocket created'));
  cdp.on('Network.webSocketHandshakeResponseReceived', (event) =>
    note(event.timestamp, '⇄ websocket open'),
  );
  cdp.on('Network.webSocketFrameSent', (event) =>
    note(event.timestamp, `⇢ ${event.response.payloadData.slice(0, 70)}`),
  );
  cdp.on('Network.webSocketFrameReceived', (event) =>
    note(
      event.timestamp,
      `⇠ ${event.response.payloadData.slice(0, 50)}… (${event.response.payloadData.length} B)`,
    ),
  );
  return () => appendFileSync(out, `--- run\n${lines.join('\n')}\n`);
}

/** A fresh profile's first visit over {@link SLOW_LINE}: the page, then the sign-in. */
async function slowFirstVisit(context: BrowserContext): Promise<[number, number]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const writeWaterfall = recordWaterfall(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_LINE.rttMs,
    downloadThroughput: (SLOW_LINE.downKbps * 1000) / 8,
    uploadThroughput: (SLOW_LINE.upKbps * 1000) / 8,
  });
  await page.goto(`${CONSOLE_URL}/login`, { waitUntil: 'commit' });
  const form = await formShownAt(page);
  await page.getByLabel('Work email').waitFor();
  const ms = await signInMs(page);
  writeWaterfall();
  return [form, ms];
}

/**
 * Second visits (sign-in to a usable list with the code in the worker's cache) and first visits
 * over a slow office line. The slow line is emulated for the page's own requests; a worker's
 * fetches would escape it, so those profiles run without one (a first visit has none yet anyway
 * until the page is idle).
 */
export async function measureReturning(browser: Browser, runs: number): Promise<ReturningResult> {
  const second = await secondVisits(browser, runs);
  const formMs: number[] = [];
  const signIn: number[] = [];
  for (let i = 0; i < Math.max(3, runs - 2); i++) {
    const context = await newBenchContext(browser, { serviceWorkers: 'block' });
    const [form, ms] = await slowFirstVisit(context);
    formMs.push(form);
    signIn.push(ms);
    await context.close();
  }
  return { second, slowFirst: { ...summary(formMs, signIn), line: SLOW_LINE } };
}
