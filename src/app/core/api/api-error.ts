import { HttpErrorResponse } from '@angular/common/http';

import { API_BACKEND_NAMES, ApiBackend } from './api-backend';
import { ApiErrorBody } from '../../../contract';

export type { ApiBackend } from './api-backend';

/** What the console knows about a failed REST call, whatever back end it came from. */
export interface ApiErrorInit {
  /** HTTP status; 0 when the back end could not be reached at all. */
  status: number;
  /** Stable machine code: the server's `error.code`, or one the console derives from the status. */
  code: string;
  /** The back end that failed. */
  backend: ApiBackend;
  /** A sentence for a support executive that says what to do next. */
  message: string;
  /** The request field that failed validation, when the server named one. */
  field?: string;
}

/**
 * The one error type every REST call of the console fails with (the error interceptor turns each
 * `HttpErrorResponse` into one). Its `message` can be shown to a support executive as it is.
 */
export class ApiError extends Error implements ApiErrorInit {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly backend: ApiBackend;
  readonly field?: string;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.backend = init.backend;
    if (init.field !== undefined) {
      this.field = init.field;
    }
  }
}

/** Whether `value` is an {@link ApiError}. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Options of {@link toApiError}. */
export interface ToApiErrorOptions {
  /** Whether the failed request was a sign-in, where a 401 means wrong credentials. */
  isSignIn?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the contract's `{ error: { code, message, field } }` out of an untrusted error body. */
export function readApiErrorBody(body: unknown): ApiErrorBody['error'] | null {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!isRecord(parsed) || !isRecord(parsed['error'])) {
    return null;
  }
  const { code, message, field } = parsed['error'];
  if (typeof code !== 'string' || typeof message !== 'string' || message.trim() === '') {
    return null;
  }
  return typeof field === 'string' ? { code, message, field } : { code, message };
}

/** A short plain-text body a server sent instead of JSON, if it is fit to show. */
function plainTextBody(body: unknown): string | null {
  if (typeof body !== 'string') {
    return null;
  }
  const text = body.trim();
  // HTML error pages from proxies are not a message for a person.
  return text !== '' && text.length <= 300 && !text.startsWith('<') ? text : null;
}

function fallback(
  status: number,
  backend: ApiBackend,
  body: unknown,
  options: ToApiErrorOptions,
): { code: string; message: string } {
  const service = API_BACKEND_NAMES[backend];
  if (status === 0) {
    return {
      code: 'unreachable',
      message: `${service} can't be reached. Check your connection, then try again.`,
    };
  }
  if (status >= 500) {
    return {
      code: 'server_error',
      message: `${service} is having trouble right now. Wait a minute, then try again.`,
    };
  }
  switch (status) {
    case 400:
    case 422:
      return {
        code: 'validation_failed',
        message:
          plainTextBody(body) ??
          `${service} did not accept the request. Check what you entered, then try again.`,
      };
    case 401:
      if (options.isSignIn) {
        return {
          code: 'invalid_credentials',
          message: 'That email and password do not match. Check them, then try again.',
        };
      }
      return backend === 'pySmartChat'
        ? { code: 'unauthorized', message: 'Your session expired. Sign in again.' }
        : {
            code: 'unauthorized',
            message: `${service} did not accept your sign-in. Sign out, sign in again, then retry.`,
          };
    case 403:
      return {
        code: 'forbidden',
        message: "You're not allowed to do this. Ask a supervisor if you need it.",
      };
    case 404:
      return {
        code: 'not_found',
        message: `${service} could not find that record. Check the number or id, then try again.`,
      };
    case 408:
      return {
        code: 'timeout',
        message: `${service} took too long to answer. Try again.`,
      };
    case 409:
      return {
        code: 'conflict',
        message: 'Someone else changed this at the same time. Reload it, then try again.',
      };
    case 429:
      return {
        code: 'rate_limited',
        message: `${service} is getting too many requests. Wait a moment, then try again.`,
      };
    default:
      return {
        code: 'http_error',
        message: `${service} answered with an error (HTTP ${status}). Try again; if it keeps happening, tell a supervisor.`,
      };
  }
}

/**
 * Turns a failed HTTP call into an {@link ApiError}: the server's own error body when it sent one in
 * the contract's shape, otherwise a message derived from the status. `body` overrides
 * `response.error`, for bodies that had to be read asynchronously (a `Blob`).
 */
export function toApiError(
  response: HttpErrorResponse,
  backend: ApiBackend,
  options: ToApiErrorOptions = {},
  body: unknown = response.error,
): ApiError {
  const status = response.status;
  const fromServer = status === 0 ? null : readApiErrorBody(body);
  if (fromServer) {
    return new ApiError({ status, backend, ...fromServer });
  }
  return new ApiError({ status, backend, ...fallback(status, backend, body, options) });
}
