import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { readContractSources } from '../../scripts/api-doc/contract-sources';
import { problems } from '../../scripts/api-doc/doc-paths';
import { payloadTypesSection } from '../../scripts/api-doc/payload-types';

describe('API doc generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'api-doc-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a schema built by extending another the JSDoc of every field it takes', () => {
    writeFileSync(
      join(dir, 'figures.ts'),
      `
/** Counts. */
export const CountsSchema = z.object({
  /** Chats open now. */
  active: count,
});
/** Counts with a time, zod/mini style. */
export const SampleSchema = z.extend(CountsSchema, {
  /** When they were counted. */
  at: Iso8601Schema,
});
/** Counts with a name, zod style. */
export const NamedSchema = CountsSchema.extend({
  /** Whose counts. */
  name: z.string(),
});
/** Two levels down. */
export const LabelledSchema = z.safeExtend(NamedSchema, {
  /** Shown beside them. */
  label: z.string(),
});
`,
    );
    const documented = readContractSources(dir);
    const fields = (name: string) => Object.fromEntries(documented.get(name)!.fields);
    assert.deepEqual(fields('Sample'), {
      at: 'When they were counted.',
      active: 'Chats open now.',
    });
    assert.deepEqual(fields('Named'), { name: 'Whose counts.', active: 'Chats open now.' });
    assert.deepEqual(fields('Labelled'), {
      label: 'Shown beside them.',
      name: 'Whose counts.',
      active: 'Chats open now.',
    });
    assert.equal(documented.get('Sample')!.doc, 'Counts with a time, zod/mini style.');
  });

  it('documents every field of the real contract, those taken from a base included', () => {
    problems.length = 0;
    const section = payloadTypesSection(readContractSources());
    assert.deepEqual(problems, []);
    const dashboard = section.slice(section.indexOf('#### `DashboardStats`'));
    assert.match(dashboard, /\| `active` +\| `Count` +\| Chats with status `active`\. +\|/);
  });
});
