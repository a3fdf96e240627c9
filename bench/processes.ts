import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import {
  CONSOLE_PORT,
  CONSOLE_URL,
  LONG_CHAT_MESSAGES,
  MAPPED_CONSOLE_PORT,
  MAPPED_CONSOLE_URL,
  ROOT,
  SEED_CHATS,
  STACK_PORT_BASE,
  STACK_URL,
  WORK,
} from './bench-env';

const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** A child process the harness started, with a way to stop it. */
export interface Child {
  stop(): Promise<void>;
}

/** Runs a command to the end, its output in `logFile`; rejects on a non-zero exit. */
export function run(command: string, args: string[], cwd: string, logFile: string): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const log = createWriteStream(join(WORK, logFile));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${command} ${args.join(' ')} failed (${code}); see ${WORK}/${logFile}`),
          ),
    );
  });
}

/** A production build of the Angular app in `cwd` into `outDir`, with the esbuild stats beside it. */
function buildApp(
  cwd: string,
  outDir: string,
  logFile: string,
  extra: string[] = [],
): Promise<void> {
  const ng = join(ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
  return run(
    process.execPath,
    [ng, 'build', '--output-path', outDir, '--stats-json', ...extra],
    cwd,
    logFile,
  );
}

/** Where {@link buildMappedConsole} puts the source maps: beside the build, not served. */
export function sourceMapsOf(outDir: string): string {
  return join(outDir, 'maps');
}

/**
 * Builds the console for the ingest profile: production with hidden source maps (the `bench`
 * configuration). Source maps change the minified code a little (0.1%), so the sizes and the
 * other timings come from {@link buildConsole}'s build; the maps move to {@link sourceMapsOf}.
 */
export async function buildMappedConsole(outDir: string): Promise<void> {
  await buildApp(ROOT, outDir, 'build-mapped-console.log', ['--configuration', 'production,bench']);
  await run(
    process.execPath,
    [TSX_CLI, join(ROOT, 'scripts', 'route-preload.ts'), outDir],
    ROOT,
    'route-preload-mapped.log',
  );
  const browser = join(outDir, 'browser');
  const maps = sourceMapsOf(outDir);
  rmSync(maps, { recursive: true, force: true });
  mkdirSync(maps, { recursive: true });
  for (const file of readdirSync(browser).filter((name) => name.endsWith('.map'))) {
    renameSync(join(browser, file), join(maps, file));
  }
}

/**
 * Builds the console (production) into `outDir` as `npm run build` does: the chunks sign-in
 * preloads named in `index.html`, and the brotli twins a host would serve.
 */
export async function buildConsole(outDir: string): Promise<void> {
  await buildApp(ROOT, outDir, 'build-console.log');
  await run(
    process.execPath,
    [TSX_CLI, join(ROOT, 'scripts', 'route-preload.ts'), outDir],
    ROOT,
    'route-preload.log',
  );
  await run(
    process.execPath,
    [TSX_CLI, join(ROOT, 'scripts', 'precompress.ts'), join(outDir, 'browser')],
    ROOT,
    'precompress.log',
  );
}

/** Builds the baseline app of `bench/baseline` into `outDir`. */
export function buildBaseline(outDir: string): Promise<void> {
  return buildApp(join(ROOT, 'bench', 'baseline'), outDir, 'build-baseline.log');
}

function startChild(name: string, script: string, env: Record<string, string>): ChildProcess {
  const log = createWriteStream(join(WORK, `${name}.log`));
  const child = spawn(process.execPath, [TSX_CLI, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${url}: the process ended (${child.exitCode}); see the logs in ${WORK}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Fails when something already answers at `url`: the bench must measure its own servers. */
async function refuseBusyPort(url: string): Promise<void> {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) {
    throw new Error(
      `${url} is already taken: stop that server or set BENCH_STACK_PORT_BASE / BENCH_CONSOLE_PORT.`,
    );
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/**
 * Starts a fresh local stack: a new database with {@link SEED_CHATS} extra chats and one
 * conversation of {@link LONG_CHAT_MESSAGES} messages, no simulator.
 */
export async function startStack(): Promise<Child> {
  await refuseBusyPort(`${STACK_URL}/health`);
  const child = startChild('stack', 'server/main.ts', {
    STACK_PORT_BASE: String(STACK_PORT_BASE),
    STACK_DB: join(WORK, 'stack.db'),
    STACK_RESET: '1',
    SIMULATOR: 'off',
    SEED_CHATS: String(SEED_CHATS),
    SEED_LONG_CHAT_MESSAGES: String(LONG_CHAT_MESSAGES),
    STATS_THROTTLE_MS: '1000',
    CORS_ORIGINS: `${CONSOLE_URL},http://127.0.0.1:${CONSOLE_PORT},${MAPPED_CONSOLE_URL}`,
  });
  await waitFor(`${STACK_URL}/health`, 120_000, child);
  return { stop: stopper(child) };
}

/** Serves a console build at {@link CONSOLE_URL} (or `port`), configured for the bench's stack. */
export async function startConsole(dist: string, port = CONSOLE_PORT): Promise<Child> {
  const url = port === CONSOLE_PORT ? CONSOLE_URL : `http://localhost:${port}`;
  await refuseBusyPort(url);
  const child = startChild(
    port === CONSOLE_PORT ? 'console' : `console-${port}`,
    'scripts/serve-console.ts',
    {
      CONSOLE_PORT: String(port),
      STACK_PORT_BASE: String(STACK_PORT_BASE),
      CONSOLE_DIST: dist,
    },
  );
  await waitFor(url, 30_000, child);
  return { stop: stopper(child) };
}

/** Serves the source-mapped build at {@link MAPPED_CONSOLE_URL}. */
export function startMappedConsole(dist: string): Promise<Child> {
  return startConsole(dist, MAPPED_CONSOLE_PORT);
}
