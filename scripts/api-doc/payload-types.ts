import * as contract from '../../src/contract';
import { Documented, constDocs } from './contract-sources';
import { CONTRACT_DIR, problems } from './doc-paths';
import { Schema, cell, defOf, names, table, typeText, unwrap } from './schema-notation';

/** Files of the contract in the order the doc lists their types, with a heading each. */
const SECTIONS: readonly [file: string, heading: string][] = [
  ['primitives', 'Envelopes'],
  ['auth', 'Sign-in and credentials'],
  ['message', 'Messages, typing and notes'],
  ['chat', 'Chats and gateway payloads'],
  ['chat-list', 'The chat list'],
  ['stats', 'Figures'],
  ['py-smart-chat', 'PySmartChat REST'],
  ['node-admin', 'Node admin'],
  ['web-api', 'Web API'],
  ['partner-enrol', 'Partner enrol'],
  ['events', 'Gateway envelopes'],
  ['endpoints', 'REST queries and bodies'],
];

function fieldRows(schema: Schema, docs: Documented, prefix: string, rows: string[][]): void {
  const shape = defOf(schema).shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { schema: inner, optional } = unwrap(field);
    const meaning = docs.fields.get(path.replace(/\[\]/g, '')) ?? '';
    if (!meaning) {
      problems.push(`${CONTRACT_DIR}/${docs.file}.ts: ${docs.name}.${path} has no JSDoc.`);
    }
    rows.push([`\`${path}${optional ? '?' : ''}\``, `\`${cell(typeText(field))}\``, meaning]);
    const innerDef = defOf(inner);
    if (!names.has(inner) && innerDef.type === 'object') {
      fieldRows(inner, docs, path, rows);
    } else if (innerDef.type === 'array' && innerDef.element) {
      const element = unwrap(innerDef.element).schema;
      if (!names.has(element) && defOf(element).type === 'object') {
        fieldRows(element, docs, `${path}[]`, rows);
      }
    }
  }
}

export function primitivesSection(): string {
  const rows: string[][] = [
    [
      '`Iso8601`',
      '`string`',
      'An ISO-8601 timestamp with offset that parses as a date (`2026-11-25T10:15:00.000Z`).',
    ],
    ['`Count`', '`number`', 'A whole number, never negative: counts, sizes, sequence numbers.'],
  ];
  const exports = Object.entries(contract);
  for (const [name, values] of Object.entries(contract.ENUMS)) {
    const tuple = exports.find(([, value]) => value === values)?.[0] ?? '';
    const meaning = constDocs.get(tuple) ?? '';
    if (!meaning) {
      problems.push(`${CONTRACT_DIR}/primitives.ts: ${tuple || name} has no JSDoc.`);
    }
    rows.push([`\`${name}\``, values.map((value) => `\`'${value}'\``).join(' or '), meaning]);
  }
  return table(['Type', 'Definition', 'Meaning'], rows);
}

export function payloadTypesSection(documented: Map<string, Documented>): string {
  const out: string[] = [];
  const enums = new Set(Object.keys(contract.ENUMS));
  for (const [file, heading] of SECTIONS) {
    const types = [...documented.values()].filter(
      (docs) => docs.file === file && !enums.has(docs.name) && docs.name !== 'Iso8601',
    );
    if (types.length === 0) {
      continue;
    }
    out.push(`### ${heading} (\`${CONTRACT_DIR}/${file}.ts\`)`, '');
    for (const docs of types) {
      const schema = (contract as Record<string, unknown>)[`${docs.name}Schema`] as Schema;
      out.push(`#### \`${docs.name}\``, '');
      if (docs.doc) {
        out.push(docs.doc, '');
      } else {
        problems.push(`${CONTRACT_DIR}/${file}.ts: ${docs.name}Schema has no JSDoc.`);
      }
      const def = defOf(unwrap(schema).schema);
      if (def.type === 'object') {
        const rows: string[][] = [];
        fieldRows(unwrap(schema).schema, docs, '', rows);
        out.push(rows.length ? table(['Field', 'Type', 'Meaning'], rows) : 'No fields.', '');
      } else {
        out.push(`Definition: \`${cell(typeText(schema, true))}\`.`, '');
      }
    }
  }
  return out.join('\n').trimEnd();
}
