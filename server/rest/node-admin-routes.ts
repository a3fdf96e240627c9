import type express from 'express';

import type {
  Booking,
  BookingResponse,
  DcoDetails,
  DcoDetailsResponse,
  DcoTransaction,
  DcoTransactionHistoryResponse,
  DriverDetails,
  DriverOfBookingResponse,
  NodeLoginResponse,
  NodeLogoutResponse,
} from '../../src/contract';
import {
  NodeCredentialsLoginSchema,
  NodeSsoLoginSchema,
  BookingByDisplayIdRequestSchema,
  DriverOfBookingRequestSchema,
  DcoDetailsRequestSchema,
  DcoTransactionHistoryRequestSchema,
} from '../../src/contract';
import { NODE_TOKEN_MS } from '../auth/node-sessions';
import type { StaffRow } from '../auth/staff-directory';
import { DomainError, notFound } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import { requireNodeToken, sessionOf } from './auth-middleware';
import { route } from './http-app';
import type { RestDeps } from './rest-deps';

/** The node admin REST routes (port 4101 in the local profile). */
export function mountNodeAdminRoutes(app: express.Express, deps: RestDeps): void {
  const { ctx, sessions } = deps;

  route(app, 'post', '/login', async (req, res) => {
    const body: unknown = req.body;
    let member: StaffRow | null;
    // A node token opened from the JWT belongs to the JWT's session; one opened with credentials
    // is a sign-in of its own. Either way, signing out ends the whole session.
    let sessionId: string;
    if (body && typeof body === 'object' && 'sso_token' in body) {
      const { sso_token } = parseInput(NodeSsoLoginSchema, body);
      const claims = await deps.tokens.verify(sso_token);
      member = ctx.staff.byId(claims.sub);
      sessionId = claims.sid;
    } else {
      const credentials = parseInput(NodeCredentialsLoginSchema, body);
      const address = req.socket.remoteAddress ?? '';
      deps.loginLimiter.check(credentials.email, address);
      member = ctx.staff.authenticate(credentials.email, credentials.password);
      if (member) {
        deps.loginLimiter.recordSuccess(credentials.email);
      } else {
        deps.loginLimiter.recordFailure(credentials.email, address);
      }
      sessionId = member
        ? deps.staffSessions.open(member.executive_id, NODE_TOKEN_MS).sessionId
        : '';
    }
    if (!member) {
      throw new DomainError(
        401,
        'invalid_credentials',
        'The email or password is wrong. Check both and try again.',
      );
    }
    const { token, expiresAt } = sessions.open(member.executive_id, sessionId);
    const response: NodeLoginResponse = {
      token,
      expires_at: expiresAt,
      user: { user_id: member.executive_id, name: member.name },
    };
    res.json(response);
  });

  const auth = requireNodeToken(sessions);

  // Ends the staff session of the node token: the token, the PySmartChat JWT it shares a session
  // with, the web access keys of the session and its open sockets.
  route(app, 'post', '/logout', auth, (_req, res) => {
    deps.staffSessions.revoke(sessionOf(res), 'signed_out');
    const response: NodeLogoutResponse = { success: true };
    res.json(response);
  });

  route(app, 'post', '/getBookingDetailsByDisplayBookingId', auth, (req, res) => {
    const { display_booking_id } = parseInput(BookingByDisplayIdRequestSchema, req.body);
    const booking = ctx.db
      .prepare('SELECT * FROM bookings WHERE display_booking_id = ?')
      .get(display_booking_id) as Booking | undefined;
    if (!booking) {
      throw notFound(
        `There is no booking ${display_booking_id}. Check the id with the customer.`,
        'display_booking_id',
      );
    }
    const response: BookingResponse = { booking };
    res.json(response);
  });

  route(app, 'post', '/getDriverDetailsOfBooking', auth, (req, res) => {
    const { booking_id } = parseInput(DriverOfBookingRequestSchema, req.body);
    const booking = ctx.db
      .prepare(
        'SELECT booking_id, driver_id FROM bookings WHERE booking_id = ? OR display_booking_id = ?',
      )
      .get(booking_id, booking_id.toUpperCase()) as
      { booking_id: string; driver_id: string | null } | undefined;
    if (!booking) {
      throw notFound('There is no booking with this id.', 'booking_id');
    }
    const driver = booking.driver_id
      ? (ctx.db
          .prepare(
            `SELECT d.driver_id, d.name, d.phone, d.cab_number, d.cab_model, d.cab_type, d.rating, d.dco_id, o.partner_id
             FROM drivers d JOIN dcos o ON o.dco_id = d.dco_id WHERE d.driver_id = ?`,
          )
          .get(booking.driver_id) as DriverDetails | undefined)
      : undefined;
    const response: DriverOfBookingResponse = {
      booking_id: booking.booking_id,
      driver: driver ?? null,
    };
    res.json(response);
  });

  route(app, 'post', '/getDcoDetails', auth, (req, res) => {
    const { dco_id } = parseInput(DcoDetailsRequestSchema, req.body);
    const dco = ctx.db
      .prepare(
        `SELECT o.dco_id, o.partner_id, o.name, o.phone, o.city, o.status, o.wallet_balance,
           (SELECT COUNT(*) FROM drivers d WHERE d.dco_id = o.dco_id) AS vehicles_count, o.joined_at
         FROM dcos o WHERE o.dco_id = ?`,
      )
      .get(dco_id.toUpperCase()) as DcoDetails | undefined;
    if (!dco) {
      throw notFound('There is no partner (DCO) with this id.', 'dco_id');
    }
    const response: DcoDetailsResponse = { dco };
    res.json(response);
  });

  route(app, 'post', '/dcoTransactionHistory', auth, (req, res) => {
    const query = parseInput(DcoTransactionHistoryRequestSchema, req.body);
    const dcoId = query.dco_id.toUpperCase();
    if (!ctx.db.prepare('SELECT 1 FROM dcos WHERE dco_id = ?').get(dcoId)) {
      throw notFound('There is no partner (DCO) with this id.', 'dco_id');
    }
    const column = query.sort_by === 'amount' ? 'amount' : 'created_at';
    const direction = query.sort_dir === 'asc' ? 'ASC' : 'DESC';
    const transactions = ctx.db
      .prepare(
        `SELECT transaction_id, type, amount, description, display_booking_id, balance_after, created_at
         FROM dco_transactions WHERE dco_id = ? ORDER BY ${column} ${direction}, transaction_id ${direction} LIMIT ? OFFSET ?`,
      )
      .all(dcoId, query.page_size, (query.page - 1) * query.page_size) as DcoTransaction[];
    const { total } = ctx.db
      .prepare('SELECT COUNT(*) AS total FROM dco_transactions WHERE dco_id = ?')
      .get(dcoId) as { total: number };
    const response: DcoTransactionHistoryResponse = {
      dco_id: dcoId,
      transactions,
      page: query.page,
      page_size: query.page_size,
      total,
    };
    res.json(response);
  });
}
