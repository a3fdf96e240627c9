import * as contract from '../../src/contract';

/** A schema of the contract (zod/mini). */
export type Schema = contract.RestEndpoint['response'];
export interface Def {
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

export const defOf = (schema: Schema): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every exported `XSchema` of the contract, by schema, named `X`. */
export const names = new Map<Schema, string>();
for (const [key, value] of Object.entries(contract)) {
  if (key.endsWith('Schema') && typeof value === 'object' && value !== null && '_zod' in value) {
    if (!names.has(value as Schema)) {
      names.set(value as Schema, key.slice(0, -'Schema'.length));
    }
  }
}
names.set(contract.count, 'Count');

export function unwrap(schema: Schema): { schema: Schema; optional: boolean; nullable: boolean } {
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

export function typeText(schema: Schema, top = false): string {
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

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, 3, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
