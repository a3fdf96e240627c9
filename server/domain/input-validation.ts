import type { z } from 'zod';
import { safeParse } from 'zod/mini';

import { DomainError } from './domain-error';

/**
 * Parses untrusted input with a schema. On failure throws a 400 `validation_failed` DomainError that
 * names the first offending field in plain words.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParse(schema, input);
  if (result.success) {
    return result.data;
  }
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  return fail(describe(issue, field), field);
}

function fail(message: string, field: string | undefined): never {
  throw new DomainError(400, 'validation_failed', message, field);
}

function describe(issue: z.core.$ZodIssue, field: string | undefined): string {
  const name = field ? `"${field}"` : 'The request';
  switch (issue.code) {
    case 'invalid_type':
      if (!field) {
        return `The request must be a JSON object (got ${received(issue.message)}).`;
      }
      return received(issue.message) === 'undefined'
        ? `${name} is required.`
        : `${name} must be ${article(issue.expected)} (got ${received(issue.message)}).`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? `${name} must not be empty.`
          : `${name} must be at least ${issue.minimum} characters.`;
      }
      if (issue.origin === 'array') {
        return `${name} must list at least ${issue.minimum} item(s).`;
      }
      return `${name} must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `${name} is too long: at most ${issue.maximum} characters.`;
      }
      if (issue.origin === 'array') {
        return `${name} lists too many items: at most ${issue.maximum}.`;
      }
      return `${name} must be at most ${issue.maximum}.`;
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `${name} is not in the expected format.`;
    case 'invalid_union':
      return `${name} does not match any accepted shape.`;
    default:
      return issue.message.startsWith('Invalid')
        ? `${name}: ${issue.message.toLowerCase()}.`
        : issue.message;
  }
}

function received(message: string): string {
  return /received (\w+)/.exec(message)?.[1] ?? 'something else';
}

function article(expected: string): string {
  if (expected === 'int') {
    return 'a whole number';
  }
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
