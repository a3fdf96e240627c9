/**
 * `npm run test:unit`: runs the Karma specs once (`ng test --watch=false`, extra arguments passed on,
 * e.g. `-- --include='src/app/core/alerts/**'`) and prints what a person reads: the build's warnings
 * and errors, one line when the specs are built, then Karma's failures and its summary line. The
 * builder's table of spec chunks is held back, and printed whole only when the build fails.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const BUILT = /^Application bundle generation (complete|failed)\./;

const ng = spawn('npx', ['ng', 'test', '--watch=false', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
});

/** The builder's output before its "bundle generation" line; dropped once the build succeeds. */
let held: string[] | undefined = [];

createInterface({ input: ng.stdout }).on('line', (line) => {
  if (!held) {
    process.stdout.write(`${line}\n`);
    return;
  }
  const built = BUILT.exec(line);
  if (!built) {
    held.push(line);
    return;
  }
  if (built[1] === 'failed') {
    process.stdout.write(`${held.join('\n')}\n`);
  }
  held = undefined;
  process.stdout.write(`${line.replace(/ - \S+$/, '')}\n`);
});

ng.on('close', (code, signal) => {
  if (held?.length) {
    // The build stopped before saying it was done: what it printed is the explanation.
    process.stdout.write(`${held.join('\n')}\n`);
  }
  process.exitCode = code ?? (signal ? 1 : 0);
});
