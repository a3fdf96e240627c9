import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import {
  CONSOLE_PORT,
  CONSOLE_URL,
  LONG_CHAT_MESSAGES,
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
function buildApp(cwd: string, outDir: string, logFile: string): Promise<void> {
  const ng = join(ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
  return run(
    process.execPath,
    [ng, 'build', '--output-path', outDir, '--stats-json'],
    cwd,
    logFile,
  );
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
    CORS_ORIGINS: `${CONSOLE_URL},http://127.0.0.1:${CONSOLE_PORT}`,
  });
  await waitFor(`${STACK_URL}/health`, 120_000, child);
  return { stop: stopper(child) };
}

/** Serves the console build at {@link CONSOLE_URL}, configured for the bench's stack. */
export async function startConsole(dist: string): Promise<Child> {
  await refuseBusyPort(CONSOLE_URL);
  const child = startChild('console', 'scripts/serve-console.ts', {
    CONSOLE_PORT: String(CONSOLE_PORT),
    STACK_PORT_BASE: String(STACK_PORT_BASE),
    CONSOLE_DIST: dist,
  });
  await waitFor(CONSOLE_URL, 30_000, child);
  return { stop: stopper(child) };
}
