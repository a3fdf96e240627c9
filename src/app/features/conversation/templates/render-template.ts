/** A `{{variable}}` placeholder, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** One piece of a rendered template body, for a preview that marks what is still missing. */
export type TemplateSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'missing'; name: string; text: string };

/** Values of template variables by name; blank values count as missing. */
export type TemplateValues = Readonly<Record<string, string | null | undefined>>;

function valueOf(values: TemplateValues, name: string): string | null {
  const value = values[name];
  if (typeof value !== 'string') {
    return null;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The placeholder names of a body, in order of first use, each once. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * The variables a template needs: its declared `variables`, then any placeholder of the body the
 * list forgot, so the executive is never asked to send a body with a raw `{{placeholder}}` in it.
 */
export function templateFields(body: string, variables: readonly string[]): string[] {
  return [...new Set([...variables, ...placeholdersOf(body)])];
}

/**
 * Splits a body into text, filled values and missing placeholders. Everything stays plain text:
 * the preview renders segments through interpolation, never as HTML.
 */
export function templateSegments(body: string, values: TemplateValues): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) {
      segments.push({ kind: 'text', text: body.slice(last, start) });
    }
    const name = match[1];
    const value = valueOf(values, name);
    segments.push(
      value === null
        ? { kind: 'missing', name, text: `{{${name}}}` }
        : { kind: 'value', name, text: value },
    );
    last = start + match[0].length;
  }
  if (last < body.length) {
    segments.push({ kind: 'text', text: body.slice(last) });
  }
  return segments;
}

/**
 * The body with every placeholder that has a value replaced by it. A placeholder without a value
 * stays as `{{name}}`, so it is visible rather than silently dropped.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  return templateSegments(body, values)
    .map((segment) => segment.text)
    .join('');
}

/** The fields still without a value, in the order given. */
export function missingValues(fields: readonly string[], values: TemplateValues): string[] {
  return fields.filter((name) => valueOf(values, name) === null);
}
