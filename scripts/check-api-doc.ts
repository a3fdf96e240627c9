/**
 * Checks `docs/api.md` against the contract and the code, and exits 1 with one line per problem:
 *
 * - every REST endpoint and socket event of the contract has exactly one row in the contract table
 *   (the seed mapping at `../shared/seed/customer-care-chat-v2-api-mapping.md` when it exists, the
 *   list embedded below otherwise), with every cell filled;
 * - every `Class.member` named in the doc exists, and each row's own method still calls the path or
 *   emits / listens to the event the row names;
 * - every spec or other repo file named in the doc exists, and every row names at least one spec;
 * - every payload type named in the table is documented under "Payload types", and the documented
 *   fields (names, `?`, types) are exactly those of `src/app/core/api/models`.
 *
 * Run from anywhere inside the repo: `npx tsx scripts/check-api-doc.ts`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

type EntryKind = 'rest' | 'emit' | 'listen';

interface SeedEntry {
  kind: EntryKind;
  /** REST: the seed method without `()`; events: the event name. */
  name: string;
  /** REST only. */
  verb?: string;
  /** REST only: the seed path, e.g. `/api/chats/{chatId}/rate`. */
  path?: string;
}

interface DocRow {
  line: number;
  cells: Record<string, string>;
}

interface Member {
  name: string;
  /** Source of the body or initializer; empty for signatures. */
  body: string;
  private: boolean;
}

interface Declaration {
  file: string;
  members: Map<string, Member>;
}

/** One documented or declared field, flattened: nested object fields are `parent.child`. */
interface FieldInfo {
  path: string;
  optional: boolean;
  type: string;
}

interface ModelType {
  name: string;
  /** Fields of an interface, an object literal alias or a union of object literals. */
  fields: FieldInfo[] | null;
  /** Members of a string-literal union alias, quoted as in the source. */
  literals: string[] | null;
  /** Source text of an alias's type. */
  text: string;
  /** Model types its fields or alias refer to. */
  refs: Set<string>;
}

const DOC_PATH = 'docs/api.md';
const SEED_PATH = '../shared/seed/customer-care-chat-v2-api-mapping.md';
const MODELS_DIR = 'src/app/core/api/models';
const CONTRACT_HEADING = 'The contract table';
const TYPES_HEADING = 'Payload types';
const REQUIRED_COLUMNS = [
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
/** Names in the request / response columns that are not model types. */
const NON_MODEL_TYPES = new Set(['Blob']);
/** Types of `gateway-events.ts` that only type socket.io itself; they are not payloads. */
const SOCKET_TYPING = new Set([
  'ClientEventMap',
  'ServerEventMap',
  'ClientToServerEvents',
  'ServerToClientEvents',
  'ClientEventName',
  'ServerEventName',
]);
const REPO_PATH = /^(src|server|e2e|scripts|config|public|docs|bench)\/[\w./-]+\.[a-z]+$/;

/** The contract as of the seed mapping, used when the shared folder is not beside the repo. */
const EMBEDDED_SEED: readonly SeedEntry[] = [
  { kind: 'rest', name: 'loginV2', verb: 'POST', path: '/api/auth/login' },
  { kind: 'rest', name: 'getChatGPTResponse', verb: 'POST', path: '/api/chats/chat_gpt' },
  { kind: 'rest', name: 'rateChat', verb: 'POST', path: '/api/chats/{chatId}/rate' },
  {
    kind: 'rest',
    name: 'sendWhatsappTemplate',
    verb: 'GET',
    path: '/api/chats/send_whatsapp_template?to={number}&name={name}',
  },
  {
    kind: 'rest',
    name: 'fetchMediaFile',
    verb: 'GET',
    path: '/api/whatsapp/downloadmedia/{mediaId}',
  },
  {
    kind: 'rest',
    name: 'fetchContextHistory',
    verb: 'GET',
    path: '/api/chats/{customerNumber}/context-history',
  },
  { kind: 'rest', name: 'fetchRides', verb: 'GET', path: '/api/chats/{customerNumber}/rides' },
  { kind: 'rest', name: 'fetchNotes', verb: 'GET', path: '/api/chats/{chatId}/notes' },
  {
    kind: 'rest',
    name: 'fetchTemplates',
    verb: 'GET',
    path: '/api/templates?stakeholder={stakeholderType}',
  },
  { kind: 'rest', name: 'partner_stats', verb: 'GET', path: '/api/dashboard/stats' },
  { kind: 'rest', name: 'login', verb: 'POST', path: '/login' },
  { kind: 'rest', name: 'logout', verb: 'POST', path: '/logout' },
  {
    kind: 'rest',
    name: 'getBookingDetailsByDisplayBookingId',
    verb: 'POST',
    path: '/getBookingDetailsByDisplayBookingId',
  },
  {
    kind: 'rest',
    name: 'getDriverDetailsOfBooking',
    verb: 'POST',
    path: '/getDriverDetailsOfBooking',
  },
  { kind: 'rest', name: 'getDcoDetails', verb: 'POST', path: '/getDcoDetails' },
  { kind: 'rest', name: 'dcoTransactionHistory', verb: 'POST', path: '/dcoTransactionHistory' },
  { kind: 'rest', name: 'getAccessKeyWeb', verb: 'POST', path: '/getAccessKey' },
  { kind: 'rest', name: 'getDriverAndCabImages', verb: 'POST', path: '/getDriverAndCabImages' },
  { kind: 'rest', name: 'getAlternateNumbers', verb: 'POST', path: '/getAlternateNumbers' },
  { kind: 'rest', name: 'getPartner', verb: 'POST', path: '/getPartner' },
  { kind: 'rest', name: 'resendPaytmPaymentLink', verb: 'POST', path: '/resendPaytmPaymentLink' },
  {
    kind: 'rest',
    name: 'fetchAllTagsForFreelancer',
    verb: 'POST',
    path: '/fetchAllTagsForFreelancer',
  },
  { kind: 'rest', name: 'fetchMainTags', verb: 'POST', path: '/fetchMainTags' },
  { kind: 'rest', name: 'fetchSubTagsForMainTags', verb: 'POST', path: '/fetchSubTagsForMainTags' },
  {
    kind: 'rest',
    name: 'updateDCOStatusByFreelancer',
    verb: 'POST',
    path: '/updateDCOStatusByFreelancer',
  },
  ...[
    'config',
    'fetch_all_chats',
    'search_chat',
    'fetch_chats_by_user',
    'send_message',
    'join_chat',
    'update_chat_status',
    'typing',
    'set_executive_status',
    'reassign_chat',
    'apply_tag',
    'remove_tag',
    'add_note',
  ].map((name): SeedEntry => ({ kind: 'emit', name })),
  ...[
    'new_message',
    'room_update',
    'fetch_all_chats_response',
    'search_chat_response',
    'fetch_chats_by_user_response',
    'config_response',
    'update_chat_status_response',
    'user_typing',
    'driver-chat-stats',
    'dashboard_stats',
    'executive_status',
    'chat_assigned',
    'chat_reassigned',
    'sla_alert',
    'tag_updated',
    'note_added',
  ].map((name): SeedEntry => ({ kind: 'listen', name })),
];

const problems: string[] = [];
const problem = (message: string) => problems.push(message);

// ---------------------------------------------------------------------------------------------
// Small helpers

function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, MODELS_DIR))) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Run this inside the repo: no ${MODELS_DIR} above ${start}.`);
    }
    dir = parent;
  }
}

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) {
    return out;
  }
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) {
      continue;
    }
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      walk(path, keep, out);
    } else if (keep(path)) {
      out.push(path);
    }
  }
  return out;
}

/** The contents of every `code span` in a piece of markdown, outside fenced code blocks. */
function codeSpans(text: string): string[] {
  let fenced = false;
  const spans: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('```')) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) {
      spans.push(...[...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]));
    }
  }
  return spans;
}

/** Splits a markdown table row on unescaped pipes and unescapes `\|` in the cells. */
function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function normalizeType(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').trim();
}

/** The last fixed segment of a path (`/api/chats/{chatId}/rate` gives `rate`), or null. */
function lastStaticSegment(path: string): string | null {
  const segments = path
    .replace(/[?#].*$/, '')
    .split('/')
    .filter((segment) => segment !== '' && !segment.includes('{'));
  return segments.at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The seed

function parseSeed(text: string): SeedEntry[] {
  const entries: SeedEntry[] = [];
  let area: 'rest' | 'events' | null = null;
  let kind: EntryKind | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      area = /REST/i.test(line) ? 'rest' : /WebSocket|Events/i.test(line) ? 'events' : null;
      kind = null;
      continue;
    }
    if (line.startsWith('### ')) {
      if (area === 'rest') {
        kind = 'rest';
      } else if (area === 'events') {
        kind = /Emit/i.test(line) ? 'emit' : /Listen/i.test(line) ? 'listen' : null;
      }
      continue;
    }
    if (!kind || !/^\|\s*\d+\s*\|/.test(line)) {
      continue;
    }
    const cells = splitRow(line).map((cell) => cell.replace(/`/g, '').trim());
    if (kind === 'rest') {
      entries.push({ kind, name: cells[1].replace(/\(\)$/, ''), verb: cells[2], path: cells[3] });
    } else {
      entries.push({ kind, name: cells[1] });
    }
  }
  return entries;
}

function loadSeed(root: string): { entries: readonly SeedEntry[]; source: string } {
  const seedFile = resolve(root, SEED_PATH);
  if (!existsSync(seedFile)) {
    return { entries: EMBEDDED_SEED, source: 'the list embedded in scripts/check-api-doc.ts' };
  }
  const entries = parseSeed(readFileSync(seedFile, 'utf8'));
  if (entries.length === 0) {
    problem(`${SEED_PATH}: no endpoint or event tables found; has the seed's format changed?`);
  }
  return { entries, source: SEED_PATH };
}

// ---------------------------------------------------------------------------------------------
// Code: classes, interfaces and model types

class CodeIndex {
  private readonly files: string[];
  private readonly cache = new Map<string, Declaration[]>();

  constructor(private readonly root: string) {
    const isSource = (path: string) =>
      path.endsWith('.ts') && !/\.(spec|test)\.ts$/.test(path) && !path.endsWith('.d.ts');
    this.files = [...walk(join(root, 'src'), isSource), ...walk(join(root, 'server'), isSource)];
  }

  /** Classes and interfaces named `name`, with their members. */
  declarations(name: string): Declaration[] {
    const cached = this.cache.get(name);
    if (cached) {
      return cached;
    }
    const found: Declaration[] = [];
    const pattern = new RegExp(`\\b(class|interface)\\s+${name}\\b`);
    for (const file of this.files) {
      const text = readFileSync(file, 'utf8');
      if (!pattern.test(text)) {
        continue;
      }
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (
          (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) &&
          node.name?.text === name
        ) {
          found.push({ file: relative(this.root, file), members: membersOf(node, source) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    this.cache.set(name, found);
    return found;
  }
}

function membersOf(
  node: ts.ClassDeclaration | ts.InterfaceDeclaration,
  source: ts.SourceFile,
): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const member of node.members) {
    const name = member.name && ts.isIdentifier(member.name) ? member.name.text : null;
    if (!name) {
      continue;
    }
    let body = '';
    if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) {
      body = member.body?.getText(source) ?? '';
    } else if (ts.isPropertyDeclaration(member)) {
      body = member.initializer?.getText(source) ?? '';
    }
    const isPrivate =
      ts.canHaveModifiers(member) &&
      (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
    members.set(name, { name, body, private: isPrivate });
  }
  return members;
}

/** The bodies a method runs: its own, and those of the same class's methods it calls. */
function reachableBodies(declaration: Declaration, method: string): string {
  const seen = new Set<string>();
  const queue = [method];
  const bodies: string[] = [];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const member = declaration.members.get(name);
    if (!member || seen.has(name)) {
      continue;
    }
    seen.add(name);
    bodies.push(member.body);
    for (const call of member.body.matchAll(/this\.(\w+)\s*[(<]/g)) {
      queue.push(call[1]);
    }
  }
  return bodies.join('\n');
}

function loadModels(root: string): Map<string, ModelType> {
  const models = new Map<string, ModelType>();
  const dir = join(root, MODELS_DIR);
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts'));
  const sources = files.map((file) =>
    ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true),
  );
  const exported = new Set<string>();
  for (const source of sources) {
    for (const statement of source.statements) {
      if (
        (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
        (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        exported.add(statement.name.text);
      }
    }
  }
  const refsIn = (text: string) =>
    new Set((text.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []).filter((id) => exported.has(id)));
  for (const source of sources) {
    for (const statement of source.statements) {
      if (!(ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))) {
        continue;
      }
      const name = statement.name.text;
      if (!exported.has(name)) {
        continue;
      }
      let fields: FieldInfo[] | null = null;
      let literals: string[] | null = null;
      let text = '';
      if (ts.isInterfaceDeclaration(statement)) {
        fields = flattenFields(statement.members, source, '');
      } else {
        const type = statement.type;
        text = normalizeType(type.getText(source));
        if (ts.isTypeLiteralNode(type)) {
          fields = flattenFields(type.members, source, '');
        } else if (ts.isUnionTypeNode(type) && type.types.every(ts.isTypeLiteralNode)) {
          fields = mergeUnionFields(type.types as ts.NodeArray<ts.TypeLiteralNode>, source);
        } else if (ts.isUnionTypeNode(type) && type.types.every(ts.isLiteralTypeNode)) {
          literals = type.types.map((member) => member.getText(source));
        }
      }
      const refs = refsIn([text, ...(fields ?? []).map((field) => field.type)].join(' '));
      refs.delete(name);
      models.set(name, { name, fields, literals, text, refs });
    }
  }
  return models;
}

/**
 * Fields as the doc lists them: a field whose type is an inline object (`{...}`, `{...}[]` or
 * `{...} | null`) is written `object`, `object[]` or `object | null`, and its own fields follow as
 * `parent.child`.
 */
function flattenFields(
  members: readonly ts.TypeElement[],
  source: ts.SourceFile,
  prefix: string,
): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const member of members) {
    if (!ts.isPropertySignature(member) || !member.type) {
      continue;
    }
    const path = `${prefix}${member.name.getText(source)}`;
    const type = member.type;
    let inline: ts.TypeLiteralNode | null = null;
    let suffix = '';
    if (ts.isTypeLiteralNode(type)) {
      inline = type;
    } else if (ts.isArrayTypeNode(type) && ts.isTypeLiteralNode(type.elementType)) {
      inline = type.elementType;
      suffix = '[]';
    } else if (ts.isUnionTypeNode(type)) {
      const objects = type.types.filter(ts.isTypeLiteralNode);
      const others = type.types.filter((member) => !ts.isTypeLiteralNode(member));
      if (objects.length === 1 && others.every((member) => member.getText(source) === 'null')) {
        inline = objects[0];
        suffix = ' | null';
      }
    }
    out.push({
      path,
      optional: member.questionToken !== undefined,
      type: inline ? `object${suffix}` : normalizeType(type.getText(source)),
    });
    if (inline) {
      out.push(...flattenFields(inline.members, source, `${path}.`));
    }
  }
  return out;
}

/** Fields of a union of object types; a field whose type differs per member lists each, with "or". */
function mergeUnionFields(
  members: readonly ts.TypeLiteralNode[],
  source: ts.SourceFile,
): FieldInfo[] {
  const merged = new Map<string, FieldInfo>();
  for (const member of members) {
    for (const field of flattenFields(member.members, source, '')) {
      const earlier = merged.get(field.path);
      if (!earlier) {
        merged.set(field.path, { ...field });
      } else if (!earlier.type.split(' or ').includes(field.type)) {
        earlier.type = `${earlier.type} or ${field.type}`;
      }
    }
  }
  return [...merged.values()];
}

// ---------------------------------------------------------------------------------------------
// The doc

function section(lines: string[], heading: string): { start: number; lines: string[] } | null {
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) {
    return null;
  }
  let end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  if (end < 0) {
    end = lines.length;
  }
  return { start, lines: lines.slice(start, end) };
}

/** The first table at or after `from`: header cells and rows keyed by header. */
function readTable(
  lines: string[],
  from: number,
  offset: number,
): { header: string[]; rows: DocRow[]; end: number } | null {
  let index = from;
  while (index < lines.length && !lines[index].trim().startsWith('|')) {
    if (lines[index].startsWith('#') && index > from) {
      return null;
    }
    index++;
  }
  if (index + 1 >= lines.length || !/^\|\s*:?-{3,}/.test(lines[index + 1].trim())) {
    return null;
  }
  const header = splitRow(lines[index]);
  const rows: DocRow[] = [];
  let row = index + 2;
  for (; row < lines.length && lines[row].trim().startsWith('|'); row++) {
    const cells = splitRow(lines[row]);
    rows.push({
      line: offset + row + 1,
      cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])),
    });
  }
  return { header, rows, end: row };
}

// ---------------------------------------------------------------------------------------------
// Checks

function rowKind(kind: string): EntryKind | null {
  if (kind.startsWith('REST')) {
    return 'rest';
  }
  if (kind === 'emit' || kind === 'listen') {
    return kind;
  }
  return null;
}

function rowMatches(entry: SeedEntry, row: DocRow, kind: EntryKind | null): boolean {
  if (kind !== entry.kind) {
    return false;
  }
  const spans = codeSpans(row.cells['Seed']);
  return entry.kind === 'rest' ? spans.includes(`${entry.name}()`) : spans[0] === entry.name;
}

function checkContractRows(
  rows: DocRow[],
  seed: readonly SeedEntry[],
  code: CodeIndex,
  modelNames: Set<string>,
): Set<string> {
  const typesNamed = new Set<string>();
  const matched = new Map<DocRow, SeedEntry>();
  for (const entry of seed) {
    const hits = rows.filter((row) => rowMatches(entry, row, rowKind(row.cells['Kind'])));
    const label =
      entry.kind === 'rest' ? `REST endpoint ${entry.name}()` : `${entry.kind} event ${entry.name}`;
    if (hits.length === 0) {
      problem(`${DOC_PATH}: the contract table has no row for the ${label}.`);
    } else if (hits.length > 1) {
      problem(
        `${DOC_PATH}: the ${label} has ${hits.length} rows (lines ${hits.map((h) => h.line).join(', ')}).`,
      );
    }
    for (const hit of hits) {
      matched.set(hit, entry);
    }
  }
  for (const row of rows) {
    const where = `${DOC_PATH}:${row.line}`;
    const entry = matched.get(row);
    if (!entry) {
      problem(`${where}: this row matches no endpoint or event of the contract (Kind + Seed).`);
      continue;
    }
    for (const column of REQUIRED_COLUMNS) {
      if (row.cells[column].trim() === '') {
        problem(`${where}: the "${column}" cell is empty.`);
      }
    }
    const endpoint = row.cells['Endpoint / event'];
    if (entry.kind === 'rest') {
      if (entry.verb && !codeSpans(endpoint).includes(entry.verb)) {
        problem(
          `${where}: ${entry.name}() is a ${entry.verb} in the contract; the row says otherwise.`,
        );
      }
      const segment = entry.path ? lastStaticSegment(entry.path) : null;
      if (segment && !endpoint.includes(segment)) {
        problem(
          `${where}: the path of ${entry.name}() (${entry.path}) does not appear in the row.`,
        );
      }
    } else if (codeSpans(endpoint)[0] !== entry.name) {
      problem(`${where}: "Endpoint / event" should start with \`${entry.name}\`.`);
    }
    checkOwnMethod(row, entry, code, where);
    const specs = codeSpans(row.cells['Specs']).filter((span) => /\.(spec|test)\.ts$/.test(span));
    if (specs.length === 0) {
      problem(`${where}: the "Specs" cell names no spec file.`);
    }
    for (const column of ['Request / payload', 'Response / ack']) {
      for (const span of codeSpans(row.cells[column])) {
        // A hyphenated word (`Content-Type`) is prose, not a type.
        for (const id of span.match(/(?<![-\w])[A-Z][A-Za-z0-9]*(?![-\w])/g) ?? []) {
          if (NON_MODEL_TYPES.has(id)) {
            continue;
          }
          if (!modelNames.has(id)) {
            problem(`${where}: \`${id}\` is not a type exported by ${MODELS_DIR}.`);
          } else {
            typesNamed.add(id);
          }
        }
      }
    }
  }
  return typesNamed;
}

/** The row's own method (first `Class.method` of "Ours") must call its path or use its event. */
function checkOwnMethod(row: DocRow, entry: SeedEntry, code: CodeIndex, where: string): void {
  const own = codeSpans(row.cells['Ours']).find((span) => /^[A-Z]\w*\.\w+$/.test(span));
  if (!own) {
    problem(`${where}: "Ours" names no \`Class.method\`.`);
    return;
  }
  const [className, method] = own.split('.');
  const declaration = code
    .declarations(className)
    .find((candidate) => candidate.members.has(method));
  if (!declaration) {
    return; // reported by the doc-wide reference check
  }
  const bodies = reachableBodies(declaration, method);
  if (entry.kind === 'rest') {
    // "`VERB` `baseKey` + `path`", or "`VERB` `baseKey`" for an endpoint that is its base URL.
    const endpoint = row.cells['Endpoint / event'];
    const configKeys = code.declarations('AppConfig')[0]?.members ?? new Map<string, Member>();
    const baseKey = codeSpans(endpoint).find((span) => configKeys.has(span));
    const path = /`[^`]+`\s*\+\s*`([^`]+)`/.exec(endpoint)?.[1] ?? null;
    if (!baseKey) {
      problem(`${where}: "Endpoint / event" names no base-URL key of AppConfig.`);
    } else if (!bodies.includes(baseKey)) {
      problem(`${where}: ${own} does not build its URL on \`${baseKey}\`.`);
    }
    const segment = path ? lastStaticSegment(path) : null;
    if (segment && !bodies.includes(segment)) {
      problem(`${where}: ${own} does not call the path \`${path}\`.`);
    }
  } else if (!new RegExp(`['"\`]${entry.name}['"\`]`).test(bodies)) {
    problem(`${where}: ${own} does not ${entry.kind} the event '${entry.name}'.`);
  }
}

/** Every `Class.member` in the doc names a member of a class or interface (model types included). */
function checkReferences(text: string, code: CodeIndex, models: Map<string, ModelType>): void {
  const seen = new Set<string>();
  for (const span of codeSpans(text)) {
    if (!/^[A-Z]\w*(\.\w+)+$/.test(span) || seen.has(span) || REPO_PATH.test(span)) {
      continue;
    }
    seen.add(span);
    const [typeName, ...path] = span.split('.');
    const model = models.get(typeName);
    if (model?.fields) {
      if (!model.fields.some((field) => field.path === path.join('.'))) {
        problem(`${DOC_PATH}: \`${span}\`: ${typeName} has no field ${path.join('.')}.`);
      }
      continue;
    }
    const declarations = code.declarations(typeName);
    if (declarations.length === 0) {
      problem(`${DOC_PATH}: \`${span}\`: no class or interface ${typeName} in src/ or server/.`);
    } else if (!declarations.some((d) => d.members.has(path[0]))) {
      problem(
        `${DOC_PATH}: \`${span}\`: ${typeName} (${declarations[0].file}) has no member ${path[0]}.`,
      );
    }
  }
}

function checkPaths(root: string, text: string): void {
  const seen = new Set<string>();
  for (const span of codeSpans(text)) {
    if (!REPO_PATH.test(span) || seen.has(span)) {
      continue;
    }
    seen.add(span);
    if (!existsSync(join(root, span))) {
      const what = /\.(spec|test)\.ts$/.test(span) ? 'spec file' : 'file';
      problem(`${DOC_PATH}: the ${what} \`${span}\` does not exist.`);
    }
  }
}

function checkPayloadTypes(
  lines: string[],
  start: number,
  models: Map<string, ModelType>,
  named: Set<string>,
): number {
  const documented = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const heading = /^#{3,4} `(\w+)`\s*$/.exec(line);
    if (heading) {
      const name = heading[1];
      documented.add(name);
      const model = models.get(name);
      if (!model) {
        problem(
          `${DOC_PATH}:${start + index + 1}: \`${name}\` is not a type exported by ${MODELS_DIR}.`,
        );
        continue;
      }
      if (model.fields) {
        const table = readTable(lines, index + 1, start);
        if (!table) {
          problem(`${DOC_PATH}:${start + index + 1}: \`${name}\` has fields but no field table.`);
          continue;
        }
        compareFields(name, model.fields, table.rows);
      }
      continue;
    }
    if (line.trim() === '### Shared primitives') {
      const table = readTable(lines, index + 1, start);
      for (const row of table?.rows ?? []) {
        const name = codeSpans(row.cells['Type'] ?? '')[0] ?? '';
        documented.add(name);
        const model = models.get(name);
        if (!model) {
          problem(`${DOC_PATH}:${row.line}: \`${name}\` is not a type exported by ${MODELS_DIR}.`);
        } else if (model.literals) {
          const listed = codeSpans(row.cells['Definition'] ?? '').sort();
          if (listed.join() !== [...model.literals].sort().join()) {
            problem(
              `${DOC_PATH}:${row.line}: \`${name}\` is ${model.literals.join(' | ')} in the models, not ${listed.join(' | ')}.`,
            );
          }
        }
        if ((row.cells['Meaning'] ?? '').trim() === '') {
          problem(`${DOC_PATH}:${row.line}: \`${name}\` has no meaning.`);
        }
      }
    }
  }
  const wanted = new Set(named);
  for (const name of documented) {
    for (const ref of models.get(name)?.refs ?? []) {
      if (!SOCKET_TYPING.has(ref)) {
        wanted.add(ref);
      }
    }
  }
  for (const name of wanted) {
    if (!documented.has(name)) {
      problem(`${DOC_PATH}: "${TYPES_HEADING}" does not document \`${name}\`.`);
    }
  }
  return documented.size;
}

function compareFields(typeName: string, fields: FieldInfo[], rows: DocRow[]): void {
  const listed = new Map<string, { optional: boolean; type: string; row: DocRow }>();
  for (const row of rows) {
    const cell = codeSpans(row.cells['Field'] ?? '')[0] ?? '';
    const optional = cell.endsWith('?');
    listed.set(optional ? cell.slice(0, -1) : cell, {
      optional,
      type: normalizeType(codeSpans(row.cells['Type'] ?? '')[0] ?? ''),
      row,
    });
    if ((row.cells['Meaning'] ?? '').trim() === '') {
      problem(`${DOC_PATH}:${row.line}: \`${typeName}.${cell}\` has no meaning.`);
    }
  }
  for (const field of fields) {
    const doc = listed.get(field.path);
    if (!doc) {
      problem(`${DOC_PATH}: \`${typeName}\` does not list its field \`${field.path}\`.`);
      continue;
    }
    const where = `${DOC_PATH}:${doc.row.line}`;
    if (doc.optional !== field.optional) {
      problem(
        `${where}: \`${typeName}.${field.path}\` is ${field.optional ? 'optional' : 'required'} in the models.`,
      );
    }
    if (doc.type !== field.type) {
      problem(
        `${where}: \`${typeName}.${field.path}\` is \`${field.type}\` in the models, not \`${doc.type}\`.`,
      );
    }
    listed.delete(field.path);
  }
  for (const [path, doc] of listed) {
    problem(`${DOC_PATH}:${doc.row.line}: \`${typeName}\` has no field \`${path}\` in the models.`);
  }
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const root = findRoot(process.cwd());
  const docFile = join(root, DOC_PATH);
  if (!existsSync(docFile)) {
    console.error(`${DOC_PATH} is missing.`);
    process.exit(1);
  }
  const text = readFileSync(docFile, 'utf8');
  const lines = text.split('\n');
  const { entries: seed, source } = loadSeed(root);
  const code = new CodeIndex(root);
  const models = loadModels(root);

  let named = new Set<string>();
  const contract = section(lines, CONTRACT_HEADING);
  const table = contract ? readTable(contract.lines, 1, contract.start) : null;
  if (!contract || !table) {
    problem(`${DOC_PATH}: no "## ${CONTRACT_HEADING}" section with a table.`);
  } else {
    const absent = REQUIRED_COLUMNS.filter((column) => !table.header.includes(column));
    if (absent.length > 0) {
      problem(`${DOC_PATH}: the contract table lacks the column(s) ${absent.join(', ')}.`);
    } else {
      named = checkContractRows(table.rows, seed, code, new Set(models.keys()));
    }
  }

  let typeCount = 0;
  const types = section(lines, TYPES_HEADING);
  if (!types) {
    problem(`${DOC_PATH}: no "## ${TYPES_HEADING}" section.`);
  } else {
    typeCount = checkPayloadTypes(types.lines, types.start, models, named);
  }
  checkReferences(text, code, models);
  checkPaths(root, text);

  const count = (kind: EntryKind) => seed.filter((entry) => entry.kind === kind).length;
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(
      `\n${DOC_PATH}: ${problems.length} problem(s), checked against ${source}. Fix the doc (or the code it describes), then run again.`,
    );
    process.exit(1);
  }
  console.log(
    `${DOC_PATH} matches the contract (${source}): ${count('rest')} REST endpoints, ${count('emit')} client events, ${count('listen')} server events, ${typeCount} payload types.`,
  );
}

main();
