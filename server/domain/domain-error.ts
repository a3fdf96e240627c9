/**
 * A refusal the caller can act on. REST answers it with `status` and an `ApiErrorBody`; the gateway
 * answers it with a negative acknowledgement carrying the same code, message and field.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badRequest = (message: string, field?: string, code = 'validation_failed') =>
  new DomainError(400, code, message, field);

export const notFound = (message: string, field?: string) =>
  new DomainError(404, 'not_found', message, field);

export const conflict = (code: string, message: string, field?: string) =>
  new DomainError(409, code, message, field);

export const unprocessable = (code: string, message: string, field?: string) =>
  new DomainError(422, code, message, field);

export const unauthorized = (message = 'Sign in again: your session is missing or has expired.') =>
  new DomainError(401, 'unauthorized', message);

export const forbidden = (message: string) => new DomainError(403, 'forbidden', message);
