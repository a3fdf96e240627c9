import {
  AckErrorSchema,
  CLIENT_EVENT_SCHEMAS,
  ClientEventMap,
  ClientEventName,
  checkPayload,
} from '../../../contract';
import * as z from 'zod/mini';

import { GatewayError } from './gateway-error';

/** What an acknowledgement said: its data, or the error to raise (and why, when it was malformed). */
export type AckReading<T> =
  { ok: true; data: T } | { ok: false; error: GatewayError; malformed: string | null };

const AckEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: AckErrorSchema }),
]);

/**
 * Reads the untrusted answer to client event `event`: a well-formed `{ ok: true, data }` gives the
 * data, `{ ok: false, error }` the server's error, and anything else a `bad_response`.
 */
export function readAck<K extends ClientEventName>(
  event: K,
  response: unknown,
): AckReading<ClientEventMap[K]['ack']> {
  const envelope = z.safeParse(AckEnvelopeSchema, response);
  if (!envelope.success) {
    const problem = checkPayload(AckEnvelopeSchema, response, event);
    return { ok: false, error: GatewayError.badResponse(event), malformed: problem };
  }
  const ack = envelope.data;
  if (!ack.ok) {
    const { code, message, field } = ack.error;
    return { ok: false, error: new GatewayError(code, message, event, field), malformed: null };
  }
  const dataProblem = checkPayload(CLIENT_EVENT_SCHEMAS[event].ack, ack.data, `${event}.data`);
  if (dataProblem) {
    return { ok: false, error: GatewayError.badResponse(event), malformed: dataProblem };
  }
  // Safe: the data has just been checked against the event's acknowledgement schema.
  return { ok: true, data: ack.data as ClientEventMap[K]['ack'] };
}
