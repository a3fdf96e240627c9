import type { Page, WebSocketRoute } from '@playwright/test';

/**
 * A tap on the console's real gateway socket: every frame still flows between the page and the
 * local stack, and the test can push extra server frames into the page, as if the gateway had sent
 * them. Install before the console connects.
 */
export interface SocketTap {
  /** Pushes server event `event` with `payload` into the page's socket (default namespace). */
  emit(event: string, payload: unknown): void;
  /** Pushes a raw Socket.IO / Engine.IO text frame into the page's socket. */
  sendRaw(frame: string): void;
}

/** Routes the console's Socket.IO connection (`/ws`) through a tap. */
export async function tapGatewaySocket(page: Page): Promise<SocketTap> {
  let current: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/ws\/\?/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((frame) => server.send(frame));
    server.onMessage((frame) => ws.send(frame));
    ws.onClose((code, reason) => server.close({ code, reason }));
    server.onClose((code, reason) => ws.close({ code, reason }));
    current = ws;
  });
  const live = (): WebSocketRoute => {
    if (!current) {
      throw new Error('The console has not opened its gateway socket yet.');
    }
    return current;
  };
  return {
    // Engine.IO "4" (message) + Socket.IO "2" (event) on the default namespace.
    emit: (event, payload) => live().send(`42${JSON.stringify([event, payload])}`),
    sendRaw: (frame) => live().send(frame),
  };
}
