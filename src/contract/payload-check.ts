import * as z from 'zod/mini';

/** The longest reason reported for a payload that breaks the contract. */
export const MAX_REASON_LENGTH = 200;

/**
 * Checks an untrusted `value` against a contract schema. Returns `null` when it fits, or a
 * readable reason naming the first field that does not, under `root`
 * (`new_message.seq: expected number, got string`), at most {@link MAX_REASON_LENGTH} characters.
 */
export function checkPayload(schema: z.core.$ZodType, value: unknown, root: string): string | null {
  const result = z.safeParse(schema, value);
  return result.success ? null : describeIssue(result.error.issues[0], value, root);
}

/** Describes one issue of a failed parse of `value`, the way {@link checkPayload} does. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown, root: string): string {
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    root,
  );
  const received = valueAt(value, issue.path);
  const reason = `${path}: ${expectation(issue, received)}`;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

/** Plain words for the kinds zod names differently. */
const EXPECTED: Record<string, string> = { int: 'number', nonoptional: 'a value' };

function expectation(issue: z.core.$ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      // A fractional or unsafe number where a whole number belongs.
      return issue.expected === 'int' && typeof received === 'number'
        ? `expected whole number, got ${shown(received)}`
        : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(received)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join('|')}, got ${shown(received)}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}, got ${shown(received)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}, got ${shown(received)}`;
    case 'invalid_union': {
      // A discriminated union names the values its discriminator may take.
      const options = (issue as { options?: unknown[] }).options;
      return options
        ? `expected one of ${options.map(String).join('|')}, got ${shown(received)}`
        : `does not match any accepted shape, got ${shown(received)}`;
    }
    case 'custom':
      return `${issue.message}, got ${shown(received)}`;
    default:
      return `${issue.message}, got ${shown(received)}`;
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Names the kind of an untrusted value for a problem report. */
export function kindOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  return Array.isArray(value) ? 'array' : typeof value;
}

function shown(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : kindOf(value);
}

/** Any schema of the contract. */
export type ContractSchema = z.core.$ZodType;
