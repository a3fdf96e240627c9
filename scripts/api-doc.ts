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
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

import * as contract from '../src/contract';

type Schema = contract.RestEndpoint['response'];
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  valueType?: Schema;
  in?: Schema;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC_PATH = 'docs/api.md';
const CONTRACT_DIR = 'src/contract';
const SEED_PATH = '../shared/seed/customer-care-chat-v2-api-mapping.md';
const REPO_PATH = /^(src|server|e2e|scripts|config|public|docs|bench)\/[\w./-]+\.[a-z]+$/;

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

const BACKEND_NAMES: Record<contract.Backend, string> = {
  pySmartChat: 'PySmartChat',
  onewayNode: 'node admin',
  onewayWeb: 'web API',
  partnerEnrol: 'partner enrol',
};

const problems: string[] = [];

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

// ---------------------------------------------------------------------------------------------
// Names and JSDoc of the contract's schemas

/** Every exported `XSchema` of the contract, by schema, named `X`. */
const names = new Map<Schema, string>();
for (const [key, value] of Object.entries(contract)) {
  if (key.endsWith('Schema') && typeof value === 'object' && value !== null && '_zod' in value) {
    if (!names.has(value as Schema)) {
      names.set(value as Schema, key.slice(0, -'Schema'.length));
    }
  }
}
names.set(contract.count, 'Count');

interface Documented {
  name: string;
  file: string;
  doc: string;
  /** JSDoc of each field, by dotted path. */
  fields: Map<string, string>;
  /** The schema it extends (`z.extend(BaseSchema, {...})`), by name without `Schema`. */
  base?: string;
}

function jsDocOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges
    .map((range) => source.text.slice(range.pos, range.end))
    .filter((text) => text.startsWith('/**'))
    .pop();
  if (!last) {
    return '';
  }
  return last
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collects the JSDoc of the properties of every object literal under `node`, by dotted path. */
function collectFields(
  node: ts.Node,
  source: ts.SourceFile,
  prefix: string,
  out: Map<string, string>,
): void {
  if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const name = property.name.getText(source).replace(/['"]/g, '');
        const path = prefix ? `${prefix}.${name}` : name;
        out.set(path, jsDocOf(property, source));
        collectFields(property.initializer, source, path, out);
      }
    }
    return;
  }
  ts.forEachChild(node, (child) => collectFields(child, source, prefix, out));
}

/** JSDoc of every top-level constant of the contract, by name. */
const constDocs = new Map<string, string>();

function readContractSources(): Map<string, Documented> {
  const documented = new Map<string, Documented>();
  const dir = join(ROOT, CONTRACT_DIR);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(dir, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) {
        continue;
      }
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(source);
        constDocs.set(name, jsDocOf(statement, source));
        if (!name.endsWith('Schema') || !declaration.initializer) {
          continue;
        }
        const fields = new Map<string, string>();
        collectFields(declaration.initializer, source, '', fields);
        documented.set(name.slice(0, -'Schema'.length), {
          name: name.slice(0, -'Schema'.length),
          file: file.replace(/\.ts$/, ''),
          doc: jsDocOf(statement, source),
          fields,
          base: extendedBase(declaration.initializer, source),
        });
      }
    }
  }
  for (const docs of documented.values()) {
    inheritFields(docs, documented, new Set());
  }
  return documented;
}

/** The schema a `z.extend(BaseSchema, {...})` initializer extends, named without `Schema`. */
function extendedBase(initializer: ts.Expression, source: ts.SourceFile): string | undefined {
  if (
    ts.isCallExpression(initializer) &&
    initializer.expression.getText(source) === 'z.extend' &&
    initializer.arguments[0] &&
    ts.isIdentifier(initializer.arguments[0])
  ) {
    return initializer.arguments[0].text.replace(/Schema$/, '');
  }
  return undefined;
}

/** Gives an extending schema the JSDoc of the fields it takes from its base (and the base's base). */
function inheritFields(
  docs: Documented,
  documented: Map<string, Documented>,
  seen: Set<string>,
): void {
  const base = docs.base ? documented.get(docs.base) : undefined;
  if (!base || seen.has(base.name)) {
    return;
  }
  seen.add(docs.name);
  inheritFields(base, documented, seen);
  for (const [path, doc] of base.fields) {
    if (!docs.fields.has(path)) {
      docs.fields.set(path, doc);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Schema -> doc notation

function unwrap(schema: Schema): { schema: Schema; optional: boolean; nullable: boolean } {
  let optional = false;
  let nullable = false;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'nullable' && def.innerType) {
      nullable = true;
      current = def.innerType;
    } else {
      return { schema: current, optional, nullable };
    }
  }
}

function typeText(schema: Schema, top = false): string {
  const named = names.get(schema);
  if (named && !top) {
    return named;
  }
  const { schema: inner, nullable } = unwrap(schema);
  if (inner !== schema) {
    const text = typeText(inner);
    return nullable ? `${text} | null` : text;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'unknown':
      return def.type;
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((value) => `'${value}'`)
        .join(' | ');
    case 'literal':
      return (def.values ?? []).map((value) => `'${String(value)}'`).join(' | ');
    case 'array': {
      const element = typeText(def.element!);
      return element.includes(' ') ? `(${element})[]` : `${element}[]`;
    }
    case 'record':
      return `Record<string, ${typeText(def.valueType!)}>`;
    case 'union':
      return (def.options ?? []).map((option) => typeText(option)).join(' | ');
    case 'pipe':
      return typeText(def.in!);
    case 'object':
      return 'object';
    case 'custom':
      return 'Blob';
    default:
      return def.type;
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

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

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, 3, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Generated sections

function primitivesSection(): string {
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

function payloadTypesSection(documented: Map<string, Documented>): string {
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

interface Row {
  cells: string[];
}

const HEADER = [
  '#',
  'Kind',
  'Seed',
  'Ours',
  'Endpoint / event',
  'Request / payload',
  'Response / ack',
  'Credential',
  'UI feature',
  'Specs',
];

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((text) => text.trim());
}

function firstCode(text: string): string {
  return /`([^`]+)`/.exec(text)?.[1] ?? '';
}

function rowKey(cells: string[]): string {
  if (cells[1].startsWith('REST')) {
    return `rest:${firstCode(cells[3]).split('.')[1] ?? ''}`;
  }
  return `${cells[1]}:${firstCode(cells[2])}`;
}

function schemaRef(schema: Schema | null): string {
  if (!schema) {
    return 'none';
  }
  const name = names.get(schema);
  return name ? `\`${name}\`` : `\`${cell(typeText(schema, true))}\``;
}

function contractTableSection(current: string): string {
  const existing = new Map<string, Row>();
  for (const line of current.split('\n')) {
    if (/^\|\s*\d+\s*\|/.test(line)) {
      const cells = splitRow(line);
      existing.set(rowKey(cells), { cells });
    }
  }
  const rows: string[][] = [];
  const kept = (key: string, index: number) => existing.get(key)?.cells[index] ?? '';
  for (const [name, endpoint] of Object.entries(contract.REST_ENDPOINTS) as [
    string,
    contract.RestEndpoint,
  ][]) {
    const key = `rest:${name}`;
    const params = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => `\`${match[1]}\``);
    const request = [
      params.length ? `path ${params.join(', ')}` : '',
      endpoint.query ? `query ${schemaRef(endpoint.query)}` : '',
      endpoint.body ? `body ${schemaRef(endpoint.body)}` : '',
    ].filter(Boolean);
    rows.push([
      String(rows.length + 1),
      `REST · ${BACKEND_NAMES[endpoint.backend]}`,
      `\`${endpoint.seed}()\``,
      `\`${endpoint.ours}\``,
      `\`${endpoint.verb}\` \`${endpoint.base}\`${endpoint.path ? ` + \`${endpoint.path}\`` : ''}`,
      request.length ? request.join('; ') : 'none',
      schemaRef(endpoint.response),
      kept(key, 7),
      kept(key, 8),
      kept(key, 9),
    ]);
  }
  for (const event of contract.CLIENT_EVENTS) {
    const key = `emit:${event}`;
    const schemas = contract.CLIENT_EVENT_SCHEMAS[event];
    rows.push([
      String(rows.length + 1),
      'emit',
      kept(key, 2) || `\`${event}\``,
      kept(key, 3),
      `\`${event}\` console → gateway`,
      schemaRef(schemas.payload),
      `ack \`Ack<${names.get(schemas.ack) ?? cell(typeText(schemas.ack, true))}>\``,
      kept(key, 7),
      kept(key, 8),
      kept(key, 9),
    ]);
  }
  for (const event of contract.SERVER_EVENTS) {
    const key = `listen:${event}`;
    rows.push([
      String(rows.length + 1),
      'listen',
      kept(key, 2) || `\`${event}\``,
      kept(key, 3),
      `\`${event}\` gateway → console`,
      '— (pushed)',
      schemaRef(contract.SERVER_EVENT_SCHEMAS[event]),
      kept(key, 7),
      kept(key, 8),
      kept(key, 9),
    ]);
  }
  for (const row of rows) {
    HEADER.forEach((title, i) => {
      if (!row[i]) {
        problems.push(`${DOC_PATH}: contract table row ${row[0]} has no "${title}"; write it.`);
      }
    });
  }
  return [
    '<!-- prettier-ignore -->',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Checks that are not copies of the contract

function checkSeedCoverage(): void {
  const seedFile = resolve(ROOT, SEED_PATH);
  if (!existsSync(seedFile)) {
    console.warn(`${SEED_PATH} not found: seed coverage not checked.`);
    return;
  }
  const seeds = new Set(
    Object.values(contract.REST_ENDPOINTS).map((endpoint: contract.RestEndpoint) => endpoint.seed),
  );
  const events = new Set<string>([...contract.CLIENT_EVENTS, ...contract.SERVER_EVENTS]);
  let area: 'rest' | 'events' | null = null;
  let found = 0;
  for (const line of readFileSync(seedFile, 'utf8').split('\n')) {
    if (line.startsWith('## ')) {
      area = /REST/i.test(line) ? 'rest' : /WebSocket|Events/i.test(line) ? 'events' : null;
      continue;
    }
    if (!area || !/^\|\s*\d+\s*\|/.test(line)) {
      continue;
    }
    const name = splitRow(line)[1].replace(/`/g, '').replace(/\(\)$/, '');
    found++;
    if (area === 'rest' ? !seeds.has(name) : !events.has(name)) {
      problems.push(`${SEED_PATH}: ${name} is not in the contract (${CONTRACT_DIR}).`);
    }
  }
  if (found === 0) {
    problems.push(`${SEED_PATH}: no endpoint or event tables found; has its format changed?`);
  }
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      sourceFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

function checkReferences(text: string): void {
  const sources = sourceFiles(join(ROOT, 'src/app')).map((path) => readFileSync(path, 'utf8'));
  const classes = new Map<string, string>();
  for (const source of sources) {
    for (const match of source.matchAll(/export class (\w+)/g)) {
      classes.set(match[1], source);
    }
  }
  for (const [, name, member] of text.matchAll(/`([A-Z]\w+)\.(\w+)`/g)) {
    const source = classes.get(name);
    if (source && !new RegExp(`\\b${member}\\b`).test(source)) {
      problems.push(`${DOC_PATH}: \`${name}.${member}\` does not exist.`);
    }
  }
  for (const [, path] of text.matchAll(/`([^`\s]+)`/g)) {
    if (REPO_PATH.test(path) && !existsSync(join(ROOT, path))) {
      problems.push(`${DOC_PATH}: ${path} does not exist.`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

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
