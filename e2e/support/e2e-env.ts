/**
 * Where the end-to-end run's own local stack and console listen: away from a developer's
 * `npm start` (4100-4103 and 4200), so the suite runs beside a working session. Two runs at once
 * need two port sets: E2E_STACK_PORT_BASE and E2E_CONSOLE_PORT move one of them.
 */
export const STACK_PORT_BASE = Number(process.env['E2E_STACK_PORT_BASE'] ?? 4710);
export const CONSOLE_PORT = Number(process.env['E2E_CONSOLE_PORT'] ?? 4790);

/** The console under test. */
export const CONSOLE_URL = `http://localhost:${CONSOLE_PORT}`;
/** The PySmartChat back end of the stack under test, which serves `POST /dev/inject`. */
export const STACK_URL = `http://127.0.0.1:${STACK_PORT_BASE}`;
