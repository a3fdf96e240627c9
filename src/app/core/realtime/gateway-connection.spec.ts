import { RETRY_DELAY_MAX_MS, retryDelay } from './gateway-connection';
import { GATEWAY_ERROR_MESSAGES } from './gateway-error';
import { GatewayBed, expectGatewayError, record } from '../../testing/gateway-testing';

/** Connection state, its cause, and reconnecting by itself (GatewayConnection). */
describe('ChatGateway connection', () => {
  const bed = new GatewayBed();

  describe('connection state', () => {
    beforeEach(() => bed.setUp());

    it('goes offline -> connecting -> connected -> reconnecting -> connected and fires reconnected once', () => {
      const states = bed.statesOf();
      let reconnections = 0;
      bed.gateway.reconnected.subscribe(() => reconnections++);

      const socket = bed.connectAndAccept();
      expect(reconnections).toBe(0);
      socket.dropConnection();
      socket.reconnectAttempt(1);
      socket.attemptFails();
      socket.reconnectAttempt(2);
      socket.serverAccepts();

      expect(states).toEqual(['offline', 'connecting', 'connected', 'reconnecting', 'connected']);
      expect(reconnections).toBe(1);
    });

    it('does not fire reconnected when the first connection needed retries', () => {
      const states = bed.statesOf();
      let reconnections = 0;
      bed.gateway.reconnected.subscribe(() => reconnections++);

      bed.gateway.connect('jwt-1');
      bed.factory.latest.attemptFails();
      bed.factory.latest.reconnectAttempt(1);
      bed.factory.latest.serverAccepts();

      expect(states).toEqual(['offline', 'connecting', 'reconnecting', 'connected']);
      expect(reconnections).toBe(0);
    });

    it('fires reconnected when a socket opened with a new token connects', () => {
      let reconnections = 0;
      bed.gateway.reconnected.subscribe(() => reconnections++);
      bed.connectAndAccept('jwt-1');

      bed.connectAndAccept('jwt-2');

      expect(reconnections).toBe(1);
    });

    it('goes offline on disconnect() and starts afresh on the next connect', () => {
      const states = bed.statesOf();
      let reconnections = 0;
      bed.gateway.reconnected.subscribe(() => reconnections++);
      bed.connectAndAccept();

      bed.gateway.disconnect();
      bed.connectAndAccept();

      expect(states).toEqual([
        'offline',
        'connecting',
        'connected',
        'offline',
        'connecting',
        'connected',
      ]);
      expect(reconnections).toBe(0);
    });

    it('replays the current state to a late subscriber', () => {
      bed.connectAndAccept();

      expect(bed.statesOf()).toEqual(['connected']);
    });

    it('surfaces an unauthorized refusal, stops the socket and goes offline', () => {
      const errors = record(bed.gateway.connectionError);
      const states = bed.statesOf();
      bed.gateway.connect('expired-jwt');
      const socket = bed.factory.latest;

      socket.serverRefuses('unauthorized');

      expect(errors.values.length).toBe(1);
      expectGatewayError(errors.values[0], 'unauthorized', 'connection');
      expect(errors.values[0].message).toBe(GATEWAY_ERROR_MESSAGES.unauthorized);
      expect(states.at(-1)).toBe('offline');
      expect(socket.disconnectCalls).toBe(1);
      expect(socket.listenerCount()).toBe(0);
    });

    it('treats an unauthorized code in the refusal details as unauthorized too', () => {
      const errors = record(bed.gateway.connectionError);
      bed.gateway.connect('expired-jwt');

      bed.factory.latest.serverRefuses('Authentication failed', { code: 'unauthorized' });

      expect(errors.values.map((e) => e.code)).toEqual(['unauthorized']);
    });

    describe('reconnecting by itself', () => {
      beforeEach(() => jasmine.clock().install());
      afterEach(() => jasmine.clock().uninstall());

      it('reconnects after the server closes the socket on purpose (a deploy), with no error', () => {
        const errors = record(bed.gateway.connectionError);
        const states = bed.statesOf();
        const causes = bed.causesOf();
        let reconnections = 0;
        bed.gateway.reconnected.subscribe(() => reconnections++);
        const first = bed.connectAndAccept();

        first.serverDisconnects();
        expect(states.at(-1)).toBe('reconnecting');
        expect(causes.at(-1)).toBe('server-closed');
        expect(bed.factory.sockets.length).toBe(1);

        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        expect(bed.factory.sockets.length).toBe(2);
        expect(bed.factory.latest.options.query).toEqual({ token: 'jwt-1' });
        expect(first.listenerCount()).toBe(0);
        bed.factory.latest.serverAccepts();

        expect(states.at(-1)).toBe('connected');
        expect(causes.at(-1)).toBeNull();
        expect(reconnections).toBe(1);
        expect(errors.values).toEqual([]);
      });

      it('keeps trying while the server is down, backing off, until it is back', () => {
        bed.connectAndAccept();
        bed.factory.latest.serverDisconnects();
        for (let attempt = 0; attempt < 6; attempt++) {
          jasmine.clock().tick(RETRY_DELAY_MAX_MS);
          expect(bed.factory.sockets.length).toBe(attempt + 2);
          // socket.io's own retries fail, then the server turns the handshake down mid-start.
          bed.factory.latest.serverRefuses('server shutting down');
        }
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        bed.factory.latest.serverAccepts();

        expect(bed.factory.sockets.length).toBe(8);
        expect(bed.factory.sockets.slice(0, -1).every((s) => s.listenerCount() === 0)).toBeTrue();
      });

      it('retries a refusal other than the session, and says the server refused', () => {
        const errors = record(bed.gateway.connectionError);
        const states = bed.statesOf();
        const causes = bed.causesOf();
        bed.gateway.connect('jwt-1');

        bed.factory.latest.serverRefuses('too many connections');

        expect(errors.values).toEqual([]);
        expect(states.at(-1)).toBe('reconnecting');
        expect(causes.at(-1)).toBe('refused');
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        expect(bed.factory.sockets.length).toBe(2);
      });

      it('carries on with a fresh socket when socket.io gives up', () => {
        const errors = record(bed.gateway.connectionError);
        const socket = bed.connectAndAccept();
        socket.dropConnection();

        socket.reconnectFails();
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);

        expect(bed.factory.sockets.length).toBe(2);
        expect(errors.values).toEqual([]);
      });

      it('tries at once when asked, or when the network comes back, instead of waiting', () => {
        bed.connectAndAccept();
        bed.factory.latest.serverDisconnects();

        bed.gateway.retryNow();
        expect(bed.factory.sockets.length).toBe(2);
        bed.factory.latest.serverDisconnects();
        bed.wakeups.next('online');
        expect(bed.factory.sockets.length).toBe(3);
        bed.factory.latest.serverAccepts();

        bed.wakeups.next('online');
        bed.gateway.retryNow();
        expect(bed.factory.sockets.length).toBe(3);
      });

      it('replaces a socket that looks connected after the machine slept', () => {
        let reconnections = 0;
        bed.gateway.reconnected.subscribe(() => reconnections++);
        const first = bed.connectAndAccept();

        bed.wakeups.next('wake');

        expect(bed.factory.sockets.length).toBe(2);
        expect(first.disconnectCalls).toBe(1);
        bed.factory.latest.serverAccepts();
        expect(reconnections).toBe(1);
      });

      it('stops retrying once signed out', () => {
        bed.connectAndAccept();
        bed.factory.latest.serverDisconnects();

        bed.gateway.disconnect();
        jasmine.clock().tick(RETRY_DELAY_MAX_MS * 3);
        bed.wakeups.next('online');

        expect(bed.factory.sockets.length).toBe(1);
      });
    });

    it('blames the network only when the browser says it has none', () => {
      const causes = bed.causesOf();
      bed.connectAndAccept();

      bed.factory.latest.dropConnection('ping timeout');
      expect(causes.at(-1)).toBe('network');
      bed.online = false;
      bed.factory.latest.attemptFails();
      expect(causes.at(-1)).toBe('no-network');
    });

    it('keeps saying the server closed the connection while it is still on its way back', () => {
      const causes = bed.causesOf();
      bed.connectAndAccept();

      bed.factory.latest.dropConnection('transport close');
      bed.factory.latest.attemptFails('xhr poll error');

      expect(causes.at(-1)).toBe('server-closed');
    });

    it('says the server cannot be reached when the first connection fails', () => {
      const causes = bed.causesOf();
      bed.gateway.connect('jwt-1');

      bed.factory.latest.attemptFails();

      expect(causes.at(-1)).toBe('unreachable');
    });

    it('reports passing network trouble as reconnecting only', () => {
      const errors = record(bed.gateway.connectionError);
      const states = bed.statesOf();
      bed.connectAndAccept();

      bed.factory.latest.dropConnection('ping timeout');
      bed.factory.latest.attemptFails();

      expect(states.at(-1)).toBe('reconnecting');
      expect(errors.values).toEqual([]);
    });
  });

  describe('retryDelay', () => {
    it('doubles from one second, spread by half either way, and never exceeds the cap', () => {
      expect(retryDelay(0, () => 0.5)).toBe(1000);
      expect(retryDelay(1, () => 0.5)).toBe(2000);
      expect(retryDelay(0, () => 0)).toBe(500);
      expect(retryDelay(0, () => 1)).toBe(1500);
      expect(retryDelay(2, () => 1)).toBe(RETRY_DELAY_MAX_MS);
      expect(retryDelay(50, () => 0)).toBeLessThanOrEqual(RETRY_DELAY_MAX_MS);
    });
  });
});
