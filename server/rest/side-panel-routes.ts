import type express from 'express';

import type {
  ContextEvent,
  ContextHistoryResponse,
  NotesResponse,
  Ride,
  RideSearch,
  RidesResponse,
  TemplatesResponse,
} from '../../src/contract';
import { TemplatesQuerySchema } from '../../src/contract';
import { notesOf } from '../domain/chat-annotations';
import type { DomainContext } from '../domain/domain-context';
import { badRequest, notFound } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import { normalizePhoneNumber } from '../domain/phone-number';
import { route } from './http-app';
import type { RestDeps } from './rest-deps';

/** Side-panel reads of PySmartChat: context history, rides, notes and templates. */
export function mountSidePanelRoutes(app: express.Express, { ctx }: RestDeps): void {
  route(app, 'get', '/api/chats/:customerNumber/context-history', (req, res) => {
    const number = knownNumber(ctx, String(req.params['customerNumber']));
    const events = ctx.db
      .prepare(
        `SELECT event_id, context_type, summary, display_booking_id, created_at FROM context_events
         WHERE customer_number = ? ORDER BY created_at DESC, event_id DESC LIMIT 200`,
      )
      .all(number) as ContextEvent[];
    const response: ContextHistoryResponse = { customer_number: number, events };
    res.json(response);
  });

  route(app, 'get', '/api/chats/:customerNumber/rides', (req, res) => {
    const number = knownNumber(ctx, String(req.params['customerNumber']));
    const now = ctx.clock.now().toISOString();
    const upcoming = ctx.db
      .prepare(
        `SELECT display_booking_id, pickup_city, drop_city, pickup_time, cab_type, fare, status FROM bookings
         WHERE (customer_number = @number OR driver_id IN (SELECT driver_id FROM drivers WHERE phone = @number))
           AND pickup_time >= @now AND status != 'cancelled' ORDER BY pickup_time LIMIT 50`,
      )
      .all({ number, now }) as Ride[];
    const searches = ctx.db
      .prepare(
        `SELECT search_id, pickup_city, drop_city, travel_date, cab_type, quoted_fare, searched_at FROM ride_searches
         WHERE customer_number = ? ORDER BY searched_at DESC LIMIT 50`,
      )
      .all(number) as RideSearch[];
    const response: RidesResponse = {
      customer_number: number,
      upcoming_rides: upcoming,
      search_history: searches,
    };
    res.json(response);
  });

  route(app, 'get', '/api/chats/:chatId/notes', (req, res) => {
    const chatId = String(req.params['chatId']);
    if (chatId.length > 100 || !ctx.chats.get(chatId)) {
      throw notFound('This chat does not exist.', 'chatId');
    }
    const response: NotesResponse = { chat_id: chatId, notes: notesOf(ctx, chatId) };
    res.json(response);
  });

  route(app, 'get', '/api/templates', (req, res) => {
    const query = parseInput(TemplatesQuerySchema, req.query);
    const response: TemplatesResponse = {
      stakeholder: query.stakeholder,
      templates: ctx.templates.list(query.stakeholder),
    };
    res.json(response);
  });
}

// A number the stack has heard of: a customer, a driver or a chat. Anything else is a 404.
function knownNumber(ctx: DomainContext, raw: string): string {
  const number = normalizePhoneNumber(raw);
  if (!number) {
    throw badRequest(
      'This is not a phone number: use the +91 format.',
      'customerNumber',
      'invalid_number',
    );
  }
  const known = ctx.db
    .prepare(
      `SELECT 1 FROM customers WHERE customer_number = @n
       UNION ALL SELECT 1 FROM drivers WHERE phone = @n
       UNION ALL SELECT 1 FROM chats WHERE customer_number = @n LIMIT 1`,
    )
    .get({ n: number });
  if (!known) {
    throw notFound('We have no customer or driver with this number.', 'customerNumber');
  }
  return number;
}
