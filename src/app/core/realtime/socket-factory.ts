import { InjectionToken } from '@angular/core';
import { ManagerOptions, SocketOptions, io } from 'socket.io-client';

/** A listener the gateway registers; its arguments come from the wire and are checked before use. */
export type SocketListener = (...args: unknown[]) => void;

/** The Manager (`socket.io`) events the gateway follows to report reconnection. */
export type ManagerEventName = 'reconnect_attempt' | 'reconnect' | 'reconnect_failed';

/** The part of a socket.io `Manager` the gateway uses. */
export interface GatewayManager {
  on(event: ManagerEventName, listener: SocketListener): unknown;
  off(event: ManagerEventName, listener: SocketListener): unknown;
}

/** An emitter carrying a flag (`timeout(ms)`, `volatile`), as socket.io returns it. */
export interface GatewayEmitter {
  emit(event: string, ...args: unknown[]): unknown;
}

/**
 * The part of a socket.io-client `Socket` the gateway uses. Narrow on purpose, so a test double only
 * has to implement what the gateway really calls.
 */
export interface GatewaySocket {
  /** Whether the socket is connected to the server right now. */
  readonly connected: boolean;
  /** Whether the socket will keep trying to reconnect by itself. */
  readonly active: boolean;
  /** The Manager the socket belongs to. */
  readonly io: GatewayManager;
  /** A flagged emitter whose acknowledgement callback receives an error after `ms`. */
  timeout(ms: number): GatewayEmitter;
  /** A flagged emitter whose packet is dropped rather than buffered while disconnected. */
  readonly volatile: GatewayEmitter;
  on(event: string, listener: SocketListener): unknown;
  off(event: string, listener: SocketListener): unknown;
  disconnect(): unknown;
}

/** Options the gateway hands to the factory, those of `io(url, options)`. */
export type GatewaySocketOptions = Partial<ManagerOptions & SocketOptions>;

/** Creates the gateway's socket; the default opens a real socket.io-client connection. */
export type SocketFactory = (url: string, options: GatewaySocketOptions) => GatewaySocket;

/** The factory `ChatGateway` creates its socket with; specs provide a fake one. */
export const SOCKET_FACTORY = new InjectionToken<SocketFactory>('SocketFactory', {
  providedIn: 'root',
  factory: () => (url, options) => io(url, options),
});

/** Milliseconds a gateway call waits for the server's acknowledgement (and answer) before failing. */
export const GATEWAY_TIMEOUT_MS = new InjectionToken<number>('GatewayTimeoutMs', {
  providedIn: 'root',
  factory: () => 10_000,
});
