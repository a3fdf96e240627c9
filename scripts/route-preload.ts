/**
 * Names in the built `index.html` every chunk the signed-in chats page needs, so that sign-in
 * fetches them at once instead of in a wave per level of imports (the shell, then the chats
 * route, then its page, each then its own imports): on a slow line each wave costs a round trip.
 *
 * Reads the build's esbuild stats (`ng build --stats-json`), takes the chunks of the entry points
 * below with everything they import statically, less what `index.html` already loads, and writes
 * them, in the order a browser should fetch them, into
 * `<meta name="preload-on-sign-in" content="chunk-….js …">`; `SignInPreloading` turns them into
 * `<link rel="modulepreload">` once sign-in starts. `npm run build` runs it. A build without it
 * (`ng build` alone, `ng serve`) loads the same code route by route.
 *
 * `npx tsx scripts/route-preload.ts [dist/customer-care-chat-v2]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type BuildStats, staticClosure } from './build-stats';

/** The lazy code the chats page needs before it is usable, by entry point. */
const ENTRIES = [
  'src/app/shell/shell.routes.ts',
  'src/app/features/console/console.routes.ts',
  'src/app/features/console/console-page.ts',
  // The contract's checks, imported when the first answer (the sign-in's) is checked.
  'src/contract/index.ts',
];
const META = 'preload-on-sign-in';

/** The chunks to preload on sign-in for a build in `outDir`; throws when an entry is missing. */
function signInChunks(outDir: string): string[] {
  const stats = JSON.parse(readFileSync(join(outDir, 'stats.json'), 'utf8')) as BuildStats;
  const html = readFileSync(join(outDir, 'browser', 'index.html'), 'utf8');
  const initial = new Set(
    staticClosure(
      stats,
      [...html.matchAll(/src="([^"]+\.js)"/g)].map((match) => match[1]),
    ),
  );
  const roots = ENTRIES.map((entry) => {
    const found = Object.entries(stats.outputs).find(([, output]) => output.entryPoint === entry);
    if (!found) {
      throw new Error(`${entry} is not a lazy entry point of the build: update ENTRIES.`);
    }
    return found[0];
  });
  return staticClosure(stats, roots).filter((file) => !initial.has(file));
}

function main(): void {
  const outDir = resolve(process.argv[2] ?? 'dist/customer-care-chat-v2');
  const chunks = signInChunks(outDir);
  const path = join(outDir, 'browser', 'index.html');
  const html = readFileSync(path, 'utf8').replace(new RegExp(`<meta name="${META}"[^>]*>`), '');
  const meta = `<meta name="${META}" content="${chunks.join(' ')}">`;
  writeFileSync(path, html.replace('</head>', `${meta}</head>`));
  console.warn(`route-preload: ${chunks.length} chunks named for sign-in in ${path}`);
}

main();
