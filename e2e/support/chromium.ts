/** Debian's Chromium, or the one CHROME_BIN names. */
export const CHROME_BIN = process.env['CHROME_BIN'] ?? '/usr/bin/chromium';

/**
 * How the e2e tests and the bench start Chromium: no sandbox or GPU (containers, CI), no shared
 * memory file, and none of the browser's own traffic (updates, sync, QUIC probes) in the figures.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
