/**
 * Checks an untrusted value at `path` and returns why it does not fit, or `null` when it does.
 * Hand-written rather than a schema library, to keep the console bundle small. Shared by the REST
 * response guards and the gateway's event guards.
 */
export type PayloadCheck = (value: unknown, path: string) => string | null;

/** One check per field of `T`, optional fields included, so a new model field fails to compile. */
export type Shape<T> = { readonly [K in keyof T]-?: PayloadCheck };

/** Names the kind of an untrusted value for a problem report. */
export function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return String(value);
  }
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string. */
export const text: PayloadCheck = (value, path) =>
  typeof value === 'string' ? null : `${path}: expected string, got ${describe(value)}`;

/** A finite number. */
export const count: PayloadCheck = (value, path) =>
  typeof value === 'number' && Number.isFinite(value)
    ? null
    : `${path}: expected number, got ${describe(value)}`;

/** A boolean. */
export const flag: PayloadCheck = (value, path) =>
  typeof value === 'boolean' ? null : `${path}: expected boolean, got ${describe(value)}`;

/** One of the `allowed` strings. */
export function oneOf(...allowed: readonly string[]): PayloadCheck {
  return (value, path) =>
    typeof value === 'string' && allowed.includes(value)
      ? null
      : `${path}: expected one of ${allowed.join('|')}, got ${typeof value === 'string' ? `"${value.slice(0, 40)}"` : describe(value)}`;
}

/** `null`, or a value that passes `check`. */
export function nullable(check: PayloadCheck): PayloadCheck {
  return (value, path) => (value === null ? null : check(value, path));
}

/** Absent, or a value that passes `check`. */
export function optional(check: PayloadCheck): PayloadCheck {
  return (value, path) => (value === undefined ? null : check(value, path));
}

/** An array whose every item passes `check`. */
export function listOf(check: PayloadCheck): PayloadCheck {
  return (value, path) => {
    if (!Array.isArray(value)) {
      return `${path}: expected array, got ${describe(value)}`;
    }
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], `${path}[${i}]`);
      if (problem) {
        return problem;
      }
    }
    return null;
  };
}

/** An object whose every field of `T` passes its check; extra fields are ignored. */
export function shapeOf<T>(shape: Shape<T>): PayloadCheck {
  const entries = Object.entries<PayloadCheck>(shape);
  return (value, path) => {
    if (!isRecord(value)) {
      return `${path}: expected object, got ${describe(value)}`;
    }
    for (const [key, check] of entries) {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) {
        return problem;
      }
    }
    return null;
  };
}
