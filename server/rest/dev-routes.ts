import type express from 'express';
import { z } from 'zod';

import { badRequest, forbidden } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import { type InboundInput, receiveInbound } from '../domain/messaging';
import { normalizePhoneNumber } from '../domain/phone-number';
import { sampleMedia } from '../seed/media-files';
import { addFleet, fleetSchema } from './dev-fleet';
import { route } from './http-app';
import type { RestDeps } from './rest-deps';

const injectSchema = z.object({
  number: z.string().min(1).max(32),
  text: z.string().max(4096).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  type: z.enum(['text', 'image', 'document', 'audio', 'video', 'location']).optional(),
  stakeholder: z.enum(['customer', 'driver']).optional(),
  client_message_id: z.string().min(1).max(100).optional(),
});

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Host header names of this machine, with any port. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** Builds the inbound message the inject command asks for, with a sample file for media types. */
export function inboundFromRequest(body: z.infer<typeof injectSchema>): InboundInput {
  const type = body.type ?? 'text';
  const input: InboundInput = {
    from: body.number,
    text: body.text ?? null,
    name: body.name,
    stakeholder: body.stakeholder,
    message_type: type,
    client_message_id: body.client_message_id,
  };
  if (type === 'image' || type === 'document' || type === 'audio' || type === 'video') {
    input.media = sampleMedia(type, Date.now() % 1000, body.text ?? 'Document');
  }
  if (type === 'location') {
    input.location = {
      latitude: 12.9716,
      longitude: 77.5946,
      name: body.text ?? 'Shared location',
      address: null,
    };
  }
  return input;
}

/** Most messages one batch of `POST /dev/inject` may carry. */
export const MAX_INJECT_BATCH = 200;

const batchSchema = z.object({ messages: z.array(injectSchema).min(1).max(MAX_INJECT_BATCH) });

type InjectBody = z.infer<typeof injectSchema>;

/** Refuses a message the stack would not take, before anything of its request is written. */
function checkInjectable(body: InjectBody, field: string): void {
  if (!normalizePhoneNumber(body.number)) {
    throw badRequest(
      'This is not a phone number: use the +91 format.',
      `${field}number`,
      'invalid_number',
    );
  }
  if ((body.type ?? 'text') === 'text' && !body.text?.trim()) {
    throw badRequest('An inbound text message needs text.', `${field}text`);
  }
}

/** Refuses a request that is not from this machine, or that reaches it under another name. */
function refuseRemote(req: express.Request, what: string): void {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    throw forbidden(`${what} from this machine.`);
  }
  // A web page that rebinds its own name to 127.0.0.1 reaches the port, but with its name.
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) {
    throw forbidden(`${what} through localhost, 127.0.0.1 or [::1] (check the Host header).`);
  }
}

/**
 * `POST /dev/inject`: writes an inbound WhatsApp message, as the inject command does, or a batch of
 * them (`{ messages: [...] }`, for load generators that need hundreds a second). A batch is checked
 * whole before its first message is written. Loopback only: from a loopback address, and with a
 * loopback `Host` name (no DNS rebinding). `GET /dev/online`, as loopback-only, lists the executives
 * round-robin would give a new chat to now, so a test can wait for the previous test's consoles to
 * be gone before it counts on a chat staying unassigned. `POST /dev/fleet`, as loopback-only, adds
 * a partner, one of their drivers and a booking of that driver's (`dev-fleet.ts`), so a test can
 * bring the names, ids and addresses it needs (60 characters of Hindi, say) to the panel.
 */
export function mountDevRoutes(app: express.Express, { ctx }: RestDeps): void {
  route(app, 'post', '/dev/inject', (req, res) => {
    refuseRemote(req, 'Inbound messages can only be injected');
    if (typeof req.body === 'object' && req.body !== null && 'messages' in req.body) {
      const { messages } = parseInput(batchSchema, req.body);
      messages.forEach((message, i) => checkInjectable(message, `messages.${i}.`));
      res.json({
        results: messages.map((message) => receiveInbound(ctx, inboundFromRequest(message))),
      });
      return;
    }
    const body = parseInput(injectSchema, req.body);
    checkInjectable(body, '');
    const result = receiveInbound(ctx, inboundFromRequest(body));
    res.json(result);
  });

  route(app, 'post', '/dev/fleet', (req, res) => {
    refuseRemote(req, 'A fleet can only be added');
    res.json(addFleet(ctx, parseInput(fleetSchema, req.body)));
  });

  route(app, 'get', '/dev/online', (req, res) => {
    refuseRemote(req, 'Who is online can only be asked');
    res.json({ executives: ctx.presence.onlineExecutives().map((row) => row.executive_id) });
  });
}
