import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROME_BIN, CHROMIUM_ARGS } from './e2e/support/chromium';
import { CONSOLE_PORT, CONSOLE_URL, STACK_PORT_BASE, STACK_URL } from './e2e/support/e2e-env';

const ci = !!process.env['CI'];
// Where results and the HTML report go; E2E_OUTPUT moves them, so two runs at once keep their own.
const output = process.env['E2E_OUTPUT'];
// Never another run's servers: every run starts its own stack on a fresh database.
const reuseExistingServer = false;

/**
 * End-to-end tests: the production build of the console against a fresh local stack, in Debian's
 * Chromium. One worker, because every test shares the stack's live state (presence, round-robin).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: output ? join(output, 'results') : 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: ci,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    [
      'html',
      { outputFolder: output ? join(output, 'report') : 'playwright-report', open: 'never' },
    ],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: CONSOLE_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROME_BIN,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      name: 'stack',
      command: 'npx tsx server/main.ts',
      url: `${STACK_URL}/health`,
      reuseExistingServer,
      timeout: 90_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // Lets the stack close its database cleanly.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        STACK_PORT_BASE: String(STACK_PORT_BASE),
        // A fresh database for every run: the file is removed and seeded again at start.
        STACK_DB: join(tmpdir(), `customer-care-chat-e2e-${STACK_PORT_BASE}.db`),
        STACK_RESET: '1',
        SIMULATOR: 'off',
        // The usual five-minute first-reply limit, but warned of 30 s into a wait and checked every
        // second, so the dashboard's SLA feed can be seen filling within a test.
        SLA_FIRST_REPLY_SECONDS: '300',
        SLA_WARNING_SECONDS: '270',
        SLA_CHECK_INTERVAL_MS: '1000',
        // The second origin is the console behind a websocket-refusing proxy (websocket-refused.spec),
        // the third a copy of the build that gets a new version (service-worker.spec).
        CORS_ORIGINS: `${CONSOLE_URL},http://127.0.0.1:${CONSOLE_PORT},http://localhost:${CONSOLE_PORT + 1},http://localhost:${CONSOLE_PORT + 2}`,
      },
    },
    {
      name: 'console',
      command: 'npx tsx scripts/serve-console.ts',
      url: CONSOLE_URL,
      reuseExistingServer,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        CONSOLE_PORT: String(CONSOLE_PORT),
        STACK_PORT_BASE: String(STACK_PORT_BASE),
        ...(process.env['CONSOLE_DIST'] ? { CONSOLE_DIST: process.env['CONSOLE_DIST'] } : {}),
      },
    },
  ],
});
