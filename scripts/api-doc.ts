/**
 * Regenerates the tables of `docs/api.md` from the contract (`src/contract`), between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers; the prose around them is kept.
 *
 * - `primitives`: the closed lists and value types;
 * - `contract-table`: one row per endpoint and event. Kind, endpoint / event, request and response
 *   come from the contract (and seed / ours for REST); the seed and ours cells of events and the
 *   credential, UI feature and specs cells are written by hand and kept as they are;
 * - `payload-types`: every payload schema with its fields, types and meanings (the JSDoc of each
 *   field in `src/contract`).
 *
 * `npx tsx scripts/api-doc.ts` writes the doc; `--check` writes nothing and exits 1 when the doc is
 * stale or a hand-written cell is empty, a named file is missing, a named `Class.method` does not
 * exist, or an endpoint / event of the seed (`../shared/seed/…`, when present) is not in the contract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

import { readContractSources } from './api-doc/contract-sources';
import { contractTableSection } from './api-doc/contract-table';
import { checkReferences, checkSeedCoverage } from './api-doc/doc-checks';
import { CONTRACT_DIR, DOC_PATH, ROOT, problems } from './api-doc/doc-paths';
import { payloadTypesSection, primitivesSection } from './api-doc/payload-types';

function replaceSection(text: string, name: string, render: (current: string) => string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) {
    problems.push(`${DOC_PATH}: markers ${open} … ${close} are missing.`);
    return text;
  }
  const current = text.slice(start + open.length, end);
  return `${text.slice(0, start + open.length)}\n${render(current)}\n${text.slice(end)}`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const docFile = join(ROOT, DOC_PATH);
  const before = readFileSync(docFile, 'utf8');
  const documented = readContractSources();
  let after = replaceSection(before, 'primitives', primitivesSection);
  after = replaceSection(after, 'contract-table', contractTableSection);
  after = replaceSection(after, 'payload-types', () => payloadTypesSection(documented));
  const options = await prettier.resolveConfig(docFile);
  after = await prettier.format(after, { ...options, filepath: docFile });
  checkSeedCoverage();
  checkReferences(after);

  if (check && after !== before) {
    problems.push(`${DOC_PATH} is stale: run \`npm run docs:api\`.`);
  }
  if (!check && after !== before) {
    writeFileSync(docFile, after);
    console.log(`${DOC_PATH} regenerated from ${CONTRACT_DIR}.`);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  if (check) {
    console.log(`${DOC_PATH} matches ${CONTRACT_DIR}.`);
  }
}

void main();
