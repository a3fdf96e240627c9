import * as contract from '../../src/contract';
import { DOC_PATH, problems } from './doc-paths';
import { Schema, cell, names, typeText } from './schema-notation';

const BACKEND_NAMES: Record<contract.Backend, string> = {
  pySmartChat: 'PySmartChat',
  onewayNode: 'node admin',
  onewayWeb: 'web API',
  partnerEnrol: 'partner enrol',
};

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

export function splitRow(line: string): string[] {
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

export function contractTableSection(current: string): string {
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
