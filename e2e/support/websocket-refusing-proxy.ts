import { type IncomingMessage, type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * An HTTP proxy in front of the gateway that passes plain requests through and refuses every
 * websocket upgrade with 403, as many corporate proxies do. It counts both, so a spec can tell
 * that the console tried the websocket, was refused, and carried on over long-polling.
 */
export class WebSocketRefusingProxy {
  /** Websocket upgrades refused so far. */
  refusedUpgrades = 0;
  /** Socket.IO long-polling requests passed through so far. */
  pollingRequests = 0;
  private readonly server: Server;

  constructor(private readonly target: URL) {
    this.server = createServer((req, res) => {
      if ((req.url ?? '').includes('transport=polling')) {
        this.pollingRequests++;
      }
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) {
          res.writeHead(502, { 'Content-Type': 'text/plain' });
        }
        res.end();
      });
      req.pipe(upstream);
    });
    this.server.on('upgrade', (_req: IncomingMessage, socket: Duplex) => {
      this.refusedUpgrades++;
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  }

  /** Starts listening on `port` of the loopback interface; resolves with the proxy's URL. */
  async listen(port: number): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
