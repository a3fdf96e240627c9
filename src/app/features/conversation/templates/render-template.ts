/** A `{{variable}}` placeholder, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** `Hi {{customer_name}}` opening a body: a greeting whose name may be left out ("Hi, …"). */
const GREETING_NAME = /^(\s*(?:hi|hello|dear))\s+\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/i;

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
 * The variable a body only greets with ("Hi {{customer_name}}, …"), which may be left empty for a
 * contact nobody knows by name: the greeting then reads "Hi, …". Null when the body opens with no
 * such greeting, or uses the name again further on.
 */
export function optionalGreeting(body: string): string | null {
  const greeted = GREETING_NAME.exec(body)?.[2] ?? null;
  const rest = placeholdersOf(body.replace(GREETING_NAME, '$1'));
  return greeted !== null && !rest.includes(greeted) ? greeted : null;
}

/**
 * Splits a body into text, filled values and missing placeholders; an empty greeting name is left
 * out ("Hi,"). Everything stays plain text: the preview renders segments through interpolation,
 * never as HTML.
 */
export function templateSegments(body: string, values: TemplateValues): TemplateSegment[] {
  const greeted = optionalGreeting(body);
  const text =
    greeted !== null && valueOf(values, greeted) === null
      ? body.replace(GREETING_NAME, '$1')
      : body;
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) {
      segments.push({ kind: 'text', text: text.slice(last, start) });
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
  if (last < text.length) {
    segments.push({ kind: 'text', text: text.slice(last) });
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
