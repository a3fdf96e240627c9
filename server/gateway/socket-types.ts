import type { Server, Socket } from 'socket.io';

import type { ClientToServerEvents, ServerToClientEvents } from '../../src/contract';
import type { StaffClaims } from '../auth/staff-tokens';

/** What the gateway keeps on each authenticated socket. */
export interface SocketData {
  /** The JWT's claims; `sid` names the staff session, `exp` ends the connection. */
  claims: StaffClaims;
}

export type GatewayServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type StaffSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
