import type { Ack, AckError, ClientEventMap, ClientEventName } from '../../src/contract';
import type { Actor } from '../domain/domain-context';
import { DomainError } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import { EVENT_SCHEMAS } from './event-schemas';
import { RateLimitedError } from './rate-limit';
import type { StaffSocket } from './socket-types';

/** Work to do after the acknowledgement has been sent (the `*_response` events). */
export type Later = (followUp: () => void) => void;

export type ClientEventHandler<K extends ClientEventName> = (
  payload: ClientEventMap[K]['payload'],
  actor: Actor,
  later: Later,
) => ClientEventMap[K]['ack'];

/**
 * Registers a client event: validates the payload, runs the handler, and always acknowledges —
 * with the data, or with an error the console can show. Follow-ups run after the acknowledgement.
 */
export function onClientEvent<K extends ClientEventName>(
  socket: StaffSocket,
  event: K,
  handler: ClientEventHandler<K>,
  log: (line: string) => void,
): void {
  // socket.io types each listener by event name; a generic registration loses that link.
  const untyped = socket as unknown as {
    on(name: string, listener: (...args: unknown[]) => void): void;
  };
  untyped.on(event, (...args: unknown[]) => {
    const last = args.at(-1);
    const ack =
      typeof last === 'function'
        ? (args.pop() as (response: Ack<unknown>) => void)
        : () => undefined;
    const followUps: (() => void)[] = [];
    let response: Ack<unknown>;
    try {
      const payload = parseInput(EVENT_SCHEMAS[event], args[0]);
      const claims = socket.data.claims;
      const actor: Actor = { executive_id: claims.sub, name: claims.name, role: claims.role };
      response = {
        ok: true,
        data: handler(payload, actor, (followUp) => followUps.push(followUp)),
      };
    } catch (error) {
      response = { ok: false, error: toAckError(error, event, log) };
      followUps.length = 0;
    }
    ack(response);
    for (const followUp of followUps) {
      followUp();
    }
  });
}

function toAckError(error: unknown, event: string, log: (line: string) => void): AckError {
  if (error instanceof RateLimitedError) {
    return { code: error.code, message: error.message, retry_after_ms: error.retryAfterMs };
  }
  if (error instanceof DomainError) {
    return error.field
      ? { code: error.code, message: error.message, field: error.field }
      : { code: error.code, message: error.message };
  }
  log(
    `${event} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return {
    code: 'internal_error',
    message: 'Something went wrong on our side. Try again in a moment.',
  };
}
