/** The file name of a build's main script (`main-<hash>.js`), which changes with every build. */
const MAIN_SCRIPT = /\bmain-[A-Z0-9]{8}\.js\b/;

/** The build a page of index.html starts, by its main script's name; null when it names none. */
export function buildOfIndex(html: string): string | null {
  return html.match(MAIN_SCRIPT)?.[0] ?? null;
}

/** The build a service worker was registered for (`sw.js?build=<main script>`), or null. */
export function buildOfWorker(scriptUrl: string): string | null {
  try {
    return new URL(scriptUrl, 'http://x/').searchParams.get('build');
  } catch {
    return null;
  }
}

/** The URL the worker of `build` is registered under. */
export function workerUrl(build: string): string {
  return `sw.js?build=${encodeURIComponent(build)}`;
}

/** Whether `url` is the console's own worker of some build (what the Trusted Types policy passes). */
export function isWorkerUrl(url: string): boolean {
  return /^sw\.js\?build=main-[A-Z0-9]{8}\.js$/.test(url);
}

/** The build this page runs: its main script's name, or null (a development server names none). */
export function runningBuild(doc: Document): string | null {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src*="main-"]');
  return buildOfIndex(script?.getAttribute('src') ?? '');
}
