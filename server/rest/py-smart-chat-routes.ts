import type express from 'express';
import { z } from 'zod';

import type {
  ChatGptResponse,
  DashboardStats,
  LoginV2Response,
  RateChatResponse,
  SendWhatsappTemplateResponse,
} from '../../src/contract';
import {
  LoginV2RequestSchema,
  ChatGptRequestSchema,
  RateChatRequestSchema,
  SendWhatsappTemplateQuerySchema,
} from '../../src/contract';
import { toExecutive } from '../auth/staff-directory';
import { assertMayActOnChat } from '../domain/chat-policy';
import { DomainError, conflict, forbidden, notFound } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import { dashboardStats } from '../domain/stats';
import { suggestReply } from '../domain/suggestion';
import { sendTemplateToNumber } from '../domain/template-sender';
import { actorOf, requireStaff, sessionOf } from './auth-middleware';
import { route } from './http-app';
import type { RestDeps } from './rest-deps';
import { mountSidePanelRoutes } from './side-panel-routes';

const idParam = z.string().min(1).max(100);

/** The PySmartChat REST routes (port 4100 in the local profile). */
export function mountPySmartChatRoutes(app: express.Express, deps: RestDeps): void {
  const { ctx } = deps;
  route(app, 'post', '/api/auth/login', async (req, res) => {
    const body = parseInput(LoginV2RequestSchema, req.body);
    const address = req.socket.remoteAddress ?? '';
    deps.loginLimiter.check(body.email, address);
    const member = ctx.staff.authenticate(body.email, body.password);
    if (!member) {
      deps.loginLimiter.recordFailure(body.email, address);
      throw new DomainError(
        401,
        'invalid_credentials',
        'The email or password is wrong. Check both and try again.',
      );
    }
    deps.loginLimiter.recordSuccess(body.email);
    const { token, expiresIn } = await deps.tokens.issue(member);
    const response: LoginV2Response = {
      access_token: token,
      token_type: 'bearer',
      expires_in: expiresIn,
      executive: toExecutive(member, ctx.presence.statusOf(member.executive_id)),
    };
    res.json(response);
  });

  app.use('/api', requireStaff(deps.tokens, ctx.staff));

  // Not in the console's contract (it signs out through node admin `logout`): lets a client that
  // only holds the JWT end its session, with the same effect.
  route(app, 'post', '/api/auth/logout', (_req, res) => {
    deps.staffSessions.revoke(sessionOf(res), 'signed_out');
    res.json({ success: true });
  });

  route(app, 'post', '/api/chats/chat_gpt', (req, res) => {
    const body = parseInput(ChatGptRequestSchema, req.body);
    const response: ChatGptResponse = suggestReply(ctx, body.chat_id);
    res.json(response);
  });

  route(app, 'post', '/api/chats/:chatId/rate', (req, res) => {
    const chatId = parseInput(idParam, req.params['chatId']);
    const body = parseInput(RateChatRequestSchema, req.body);
    const actor = actorOf(res);
    const chat = ctx.chats.get(chatId);
    if (!chat) {
      throw notFound('This chat does not exist.', 'chatId');
    }
    assertMayActOnChat(ctx, actor, chat.assigned_executive_id, 'rate it');
    if (chat.status !== 'resolved') {
      throw conflict('chat_not_resolved', 'Only a resolved chat can be rated: resolve it first.');
    }
    const response: RateChatResponse = {
      chat_id: chatId,
      rating: body.rating,
      comment: body.comment?.trim() || null,
      rated_by: actor.executive_id,
      rated_at: ctx.clock.now().toISOString(),
    };
    ctx.db
      .prepare(
        `INSERT INTO ratings (chat_id, rating, comment, rated_by, rated_at) VALUES (@chat_id, @rating, @comment, @rated_by, @rated_at)
         ON CONFLICT (chat_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
           rated_by = excluded.rated_by, rated_at = excluded.rated_at`,
      )
      .run(response);
    res.json(response);
  });

  route(app, 'get', '/api/chats/send_whatsapp_template', (req, res) => {
    const query = parseInput(SendWhatsappTemplateQuerySchema, req.query);
    const { message, chat } = sendTemplateToNumber(ctx, actorOf(res), query.to, query.name);
    const response: SendWhatsappTemplateResponse = {
      success: true,
      chat_id: chat.chat_id,
      message_id: message.message_id,
      to: chat.customer_number,
      template_name: message.template?.name ?? query.name,
      sent_at: message.created_at,
    };
    res.json(response);
  });

  route(app, 'get', '/api/whatsapp/downloadmedia/:mediaId', (req, res) => {
    const mediaId = parseInput(idParam, req.params['mediaId']);
    const media = ctx.messages.media(mediaId);
    if (!media) {
      throw notFound('This file is no longer available.', 'mediaId');
    }
    const inline = !media.mime_type.startsWith('application/');
    const asciiName = media.file_name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.setHeader('Content-Type', media.mime_type);
    res.setHeader('Content-Length', String(media.bytes.length));
    res.setHeader(
      'Content-Disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(media.file_name)}`,
    );
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(media.bytes);
  });

  route(app, 'get', '/api/dashboard/stats', (_req, res) => {
    if (actorOf(res).role !== 'supervisor') {
      throw forbidden('The dashboard is for supervisors. Ask a supervisor for these figures.');
    }
    const response: DashboardStats = dashboardStats(ctx, { history: true });
    res.json(response);
  });

  mountSidePanelRoutes(app, deps);
}
