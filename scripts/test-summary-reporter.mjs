/**
 * Reporter for the stack's tests (`node --test --test-reporter=./scripts/test-summary-reporter.mjs`):
 * each failure as it happens (file, test, error and first stack lines), anything a test writes to
 * stderr, then one closing line, "N passed, N failed, N skipped", as the unit specs print.
 */
import { relative } from 'node:path';

/**
 * What went wrong: the error's whole message (an assertion's diff included, up to 30 lines) and the
 * first lines of its stack.
 * @param {unknown} error
 */
function describeError(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const message = `${cause.name}: ${cause.message}`.split('\n').slice(0, 30);
  const stack = (cause.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [...message, ...stack.slice(0, 3).map((line) => line.trim())].join('\n    ');
}

/**
 * Plain JavaScript: node loads a reporter before any TypeScript loader is registered.
 * @param {AsyncIterable<import('node:test/reporters').TestEvent>} source
 */
export default async function* summaryReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    switch (event.type) {
      case 'test:pass':
        if (event.data.details.type === 'suite') break;
        if (event.data.skip || event.data.todo) counts.skipped++;
        else counts.passed++;
        break;
      case 'test:fail': {
        const { name, file, details } = event.data;
        // A suite fails when one of its tests does; that test was already reported.
        if (details.error?.failureType === 'subtestsFailed') break;
        if (details.type !== 'suite') counts.failed++;
        const where = file ? `${relative(process.cwd(), file)} › ` : '';
        yield `\nFAILED ${where}${name}\n    ${describeError(details.error)}\n`;
        break;
      }
      case 'test:stderr':
        yield event.data.message;
        break;
      default:
        break;
    }
  }
  yield `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
