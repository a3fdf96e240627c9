import type { Server, Socket } from 'socket.io';

import type {
  ClientToServerEvents,
  PySmartChatClaims,
  ServerToClientEvents,
} from '../../src/contract';

/** What the gateway keeps on each authenticated socket. */
export interface SocketData {
  claims: PySmartChatClaims;
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
