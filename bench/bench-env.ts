import { resolve } from 'node:path';

/** The repository root (the harness runs from it). */
export const ROOT = resolve(import.meta.dirname, '..');

/** Where builds, the database and logs go; BENCH_WORK moves it (two runs at once need two). */
export const WORK = resolve(process.env['BENCH_WORK'] ?? resolve(ROOT, 'bench', '.work'));

/** Ports of the bench's own stack and console, away from `npm start` (4100-4103, 4200) and e2e. */
export const STACK_PORT_BASE = Number(process.env['BENCH_STACK_PORT_BASE'] ?? 4810);
export const CONSOLE_PORT = Number(process.env['BENCH_CONSOLE_PORT'] ?? 4890);

export const STACK_URL = `http://127.0.0.1:${STACK_PORT_BASE}`;
export const CONSOLE_URL = `http://localhost:${CONSOLE_PORT}`;
/** The source-mapped build the ingest profile runs against (`bench` configuration), beside it. */
export const MAPPED_CONSOLE_PORT = CONSOLE_PORT + 1;
export const MAPPED_CONSOLE_URL = `http://localhost:${MAPPED_CONSOLE_PORT}`;

export { CHROME_BIN } from '../e2e/support/chromium';

/** The data set: extra chats on top of the seed, and one long conversation (Asha's newest chat). */
export const SEED_CHATS = 10_000;
export const LONG_CHAT_MESSAGES = 10_000;
export const LONG_CHAT_ID = 'chat_long000001';

/** The browser window every scenario uses. */
export const VIEWPORT = { width: 1440, height: 900 };

/** The phone number of benchmark chat `index` (0-based), as the seed writes it. */
export function benchChatNumber(index: number): string {
  return `+9155${String(index).padStart(8, '0')}`;
}

/** The id of benchmark chat `index` (0-based), as the seed writes it. */
export function benchChatId(index: number): string {
  return `chat_x${String(index + 1).padStart(6, '0')}`;
}

/**
 * Benchmark chats assigned to Asha: the seed deals them round robin to the four executives and
 * leaves every tenth unassigned, so index 4k is hers.
 */
export function ashaChatIndex(k: number): number {
  return 4 * k;
}
