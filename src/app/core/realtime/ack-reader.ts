import { ClientEventMap, ClientEventName } from '../../../contract';
import { ACK_DATA_CHECKS, checkAckEnvelope } from './event-guards';
import { GatewayError } from './gateway-error';

/** What an acknowledgement said: its data, or the error to raise (and why, when it was malformed). */
export type AckReading<T> =
  { ok: true; data: T } | { ok: false; error: GatewayError; malformed: string | null };

type CheckedAck =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; field?: string } };

/**
 * Reads the untrusted answer to client event `event`: a well-formed `{ ok: true, data }` gives the
 * data, `{ ok: false, error }` the server's error, and anything else a `bad_response`.
 */
export function readAck<K extends ClientEventName>(
  event: K,
  response: unknown,
): AckReading<ClientEventMap[K]['ack']> {
  const problem = checkAckEnvelope(response, event);
  if (problem) {
    return { ok: false, error: GatewayError.badResponse(event), malformed: problem };
  }
  // Safe: checkAckEnvelope has just verified the Ack<T> envelope.
  const ack = response as CheckedAck;
  if (!ack.ok) {
    const { code, message, field } = ack.error;
    return { ok: false, error: new GatewayError(code, message, event, field), malformed: null };
  }
  const dataProblem = ACK_DATA_CHECKS[event](ack.data, `${event}.data`);
  if (dataProblem) {
    return { ok: false, error: GatewayError.badResponse(event), malformed: dataProblem };
  }
  // Safe: ACK_DATA_CHECKS[event] has just verified the data.
  return { ok: true, data: ack.data as ClientEventMap[K]['ack'] };
}
