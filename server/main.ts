import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

import { DEMO_LOGINS } from './seed/demo-staff';
import { startStack } from './stack';
import { optionsFromEnv } from './stack-options';

/** `npm run stack`: the local stack on the ports of the console's `local` profile. */
async function main(): Promise<void> {
  const options = optionsFromEnv(process.env, resolve('data', 'stack.db'));
  if (process.argv.includes('--reset') || process.env['STACK_RESET'] === '1') {
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(`${options.dbFile}${suffix}`, { force: true });
    }
  }
  const log = (line: string) => process.stdout.write(`[stack] ${line}\n`);
  const stack = await startStack({ ...options, log });
  const show = (url: string) => url.replace('//127.0.0.1:', '//localhost:');
  const lines = [
    `Local stack is up (database ${options.dbFile})`,
    `  PySmartChat REST   ${show(stack.urls.pySmartChat)}/api`,
    `  Socket.IO gateway  ${show(stack.urls.pySmartChat)} path ${stack.urls.socketPath}`,
    `  Node admin         ${show(stack.urls.nodeAdmin)}/`,
    `  Web API            ${show(stack.urls.webApi)}/`,
    `  Partner enrol      ${show(stack.urls.partnerEnrol)}/`,
    `  Simulator          ${options.simulatorRate ? `${options.simulatorRate} messages a minute` : 'off'}`,
    'Demo logins:',
    ...DEMO_LOGINS.map(
      (login) => `  ${login.role.padEnd(10)} ${login.email.padEnd(26)} ${login.password}`,
    ),
    `Inject a message: npm run inject -- --number +919812345678 --text "Where is my cab?"`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = (signal: string) => {
    log(`${signal}: stopping`);
    stack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The local stack could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
