import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

import { CONTRACT_DIR, ROOT } from './doc-paths';

export interface Documented {
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
export const constDocs = new Map<string, string>();

/** Reads the schemas of the contract's files in `dir` with their JSDoc, fields from bases included. */
export function readContractSources(dir = join(ROOT, CONTRACT_DIR)): Map<string, Documented> {
  const documented = new Map<string, Documented>();
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

/**
 * The schema an initializer extends, named without `Schema`: `z.extend(BaseSchema, {...})` (and
 * `z.safeExtend`) as zod/mini writes it, or `BaseSchema.extend({...})` as zod does.
 */
function extendedBase(initializer: ts.Expression, source: ts.SourceFile): string | undefined {
  if (!ts.isCallExpression(initializer)) {
    return undefined;
  }
  const callee = initializer.expression.getText(source);
  const first = initializer.arguments[0];
  if ((callee === 'z.extend' || callee === 'z.safeExtend') && first && ts.isIdentifier(first)) {
    return first.text.replace(/Schema$/, '');
  }
  const method = initializer.expression;
  if (
    ts.isPropertyAccessExpression(method) &&
    ['extend', 'safeExtend'].includes(method.name.text) &&
    ts.isIdentifier(method.expression)
  ) {
    return method.expression.text.replace(/Schema$/, '');
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
