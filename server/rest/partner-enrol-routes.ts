import type express from 'express';
import { z } from 'zod';

import type {
  AllTagsResponse,
  AlternateNumber,
  AlternateNumbersResponse,
  FreelancerTag,
  GetPartnerResponse,
  MainTag,
  MainTagsResponse,
  Partner,
  ResendPaytmLinkResponse,
  SubTag,
  SubTagsResponse,
  UpdateDcoStatusResponse,
} from '../../src/contract';
import { assertMayActForPartner, staffActor } from '../domain/chat-policy';
import type { DomainContext } from '../domain/domain-context';
import { notFound, unprocessable } from '../domain/domain-error';
import { newId } from '../domain/ids';
import { parseInput } from '../domain/input-validation';
import {
  leaveTrace,
  paymentLinkTrace,
  statusChangeTrace,
  traceChat,
} from '../domain/partner-trace';
import { normalizePhoneNumber } from '../domain/phone-number';
import { paymentLinkFor } from '../domain/template-sender';
import { nodeUserOf, requireNodeToken } from './auth-middleware';
import { route } from './http-app';
import type { RestDeps } from './rest-deps';

const partnerId = z.string().trim().toUpperCase().min(1).max(40);
const emptySchema = z.object({}).optional();
const partnerSchema = z
  .object({ partner_id: partnerId.optional(), phone: z.string().trim().min(1).max(32).optional() })
  .refine((value) => value.partner_id !== undefined || value.phone !== undefined, {
    message: 'Send "partner_id" or "phone".',
    path: ['partner_id'],
  });
const chatId = z.string().min(1).max(100).optional();
const paytmSchema = z.object({
  partner_id: partnerId,
  amount: z.number().positive().max(500_000).optional(),
  chat_id: chatId,
});
const subTagsSchema = z.object({ main_tag_ids: z.array(z.string().min(1).max(40)).min(1).max(50) });
const dcoStatusSchema = z.object({
  dco_id: z.string().trim().toUpperCase().min(1).max(40),
  status: z.enum(['active', 'inactive', 'suspended', 'blocked', 'onboarding']),
  main_tag_id: z.string().min(1).max(40),
  sub_tag_id: z.string().min(1).max(40),
  remarks: z.string().trim().min(1).max(500),
  chat_id: chatId,
});

interface DcoRow {
  dco_id: string;
  partner_id: string;
  name: string;
  phone: string;
  email: string | null;
  city: string;
  status: Partner['status'];
  kyc_status: Partner['kyc_status'];
  wallet_balance: number;
  joined_at: string;
}

/** The partner enrol routes under `/rest/V1/` (port 4103 in the local profile). */
export function mountPartnerEnrolRoutes(app: express.Express, { ctx, sessions }: RestDeps): void {
  const auth = requireNodeToken(sessions);
  const base = '/rest/V1';

  route(app, 'post', `${base}/getAlternateNumbers`, auth, (req, res) => {
    const { partner_id } = parseInput(z.object({ partner_id: partnerId }), req.body);
    const dco = partnerById(ctx, partner_id);
    const rows = ctx.db
      .prepare(
        'SELECT number, label, verified FROM alternate_numbers WHERE partner_id = ? ORDER BY rowid',
      )
      .all(dco.partner_id) as { number: string; label: string; verified: number }[];
    const numbers: AlternateNumber[] = rows.map((row) => ({
      ...row,
      verified: row.verified === 1,
    }));
    const response: AlternateNumbersResponse = {
      partner_id: dco.partner_id,
      alternate_numbers: numbers,
    };
    res.json(response);
  });

  route(app, 'post', `${base}/getPartner`, auth, (req, res) => {
    const query = parseInput(partnerSchema, req.body);
    let dco: DcoRow;
    if (query.partner_id !== undefined) {
      dco = partnerById(ctx, query.partner_id);
    } else {
      const phone = normalizePhoneNumber(query.phone ?? '');
      const row = phone
        ? (ctx.db
            .prepare(
              `SELECT o.* FROM dcos o WHERE o.phone = @phone
               UNION ALL SELECT o.* FROM dcos o JOIN drivers d ON d.dco_id = o.dco_id WHERE d.phone = @phone LIMIT 1`,
            )
            .get({ phone }) as DcoRow | undefined)
        : undefined;
      if (!row) {
        throw notFound('No partner uses this phone number.', 'phone');
      }
      dco = row;
    }
    const vehicles = ctx.db
      .prepare(
        'SELECT cab_number, cab_model, cab_type FROM drivers WHERE dco_id = ? ORDER BY driver_id',
      )
      .all(dco.dco_id) as Partner['vehicles'];
    const response: GetPartnerResponse = {
      partner: {
        partner_id: dco.partner_id,
        dco_id: dco.dco_id,
        name: dco.name,
        phone: dco.phone,
        email: dco.email,
        city: dco.city,
        kyc_status: dco.kyc_status,
        status: dco.status,
        joined_at: dco.joined_at,
        vehicles,
      },
    };
    res.json(response);
  });

  route(app, 'post', `${base}/resendPaytmPaymentLink`, auth, (req, res) => {
    const query = parseInput(paytmSchema, req.body);
    const dco = partnerById(ctx, query.partner_id);
    const actor = staffActor(ctx, nodeUserOf(res));
    assertMayActForPartner(ctx, actor, dco.dco_id, 'send a payment link');
    const chat = traceChat(ctx, query.chat_id, dco.dco_id);
    const dues = Math.max(0, Math.round(-dco.wallet_balance));
    const amount = query.amount ?? dues;
    if (amount <= 0) {
      throw unprocessable(
        'nothing_due',
        'This partner has no dues. Enter an amount to send a link anyway.',
        'amount',
      );
    }
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + 48 * 3600_000).toISOString();
    const linkId = newId('paylink');
    ctx.db.transaction(() => {
      ctx.db
        .prepare(
          'INSERT INTO paytm_links (link_id, partner_id, amount, sent_to, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(linkId, dco.partner_id, amount, dco.phone, now.toISOString(), expiresAt);
      leaveTrace(ctx, actor, chat, paymentLinkTrace(actor, dco, amount));
    })();
    const response: ResendPaytmLinkResponse = {
      success: true,
      link_id: linkId,
      sent_to: dco.phone,
      amount,
      expires_at: expiresAt,
      message: `Payment link for ₹${amount.toLocaleString('en-IN')} sent to ${dco.phone}: ${paymentLinkFor(dco.phone)}`,
    };
    res.json(response);
  });

  route(app, 'post', `${base}/fetchAllTagsForFreelancer`, auth, (req, res) => {
    parseInput(emptySchema, req.body);
    const tags = ctx.db
      .prepare(
        `SELECT tag_id, name, main_tag_id, main_tag_name FROM (
           SELECT m.main_tag_id AS tag_id, m.name, NULL AS main_tag_id, NULL AS main_tag_name, m.position AS mp, -1 AS sp
           FROM main_tags m
           UNION ALL
           SELECT s.sub_tag_id, s.name, m.main_tag_id, m.name, m.position, s.position
           FROM sub_tags s JOIN main_tags m ON m.main_tag_id = s.main_tag_id)
         ORDER BY mp, sp`,
      )
      .all() as FreelancerTag[];
    const response: AllTagsResponse = { tags };
    res.json(response);
  });

  route(app, 'post', `${base}/fetchMainTags`, auth, (req, res) => {
    parseInput(emptySchema, req.body);
    const response: MainTagsResponse = {
      main_tags: ctx.db
        .prepare('SELECT main_tag_id, name FROM main_tags ORDER BY position')
        .all() as MainTag[],
    };
    res.json(response);
  });

  route(app, 'post', `${base}/fetchSubTagsForMainTags`, auth, (req, res) => {
    const { main_tag_ids } = parseInput(subTagsSchema, req.body);
    const ids = [...new Set(main_tag_ids)];
    const known = ctx.db.prepare('SELECT main_tag_id FROM main_tags').all() as {
      main_tag_id: string;
    }[];
    const unknown = ids.find((id) => !known.some((row) => row.main_tag_id === id));
    if (unknown) {
      throw notFound(`There is no main tag ${unknown}.`, 'main_tag_ids');
    }
    const subTags = ctx.db
      .prepare(
        `SELECT s.sub_tag_id, s.main_tag_id, s.name FROM sub_tags s JOIN main_tags m ON m.main_tag_id = s.main_tag_id
         WHERE s.main_tag_id IN (SELECT value FROM json_each(?)) ORDER BY m.position, s.position`,
      )
      .all(JSON.stringify(ids)) as SubTag[];
    const response: SubTagsResponse = { sub_tags: subTags };
    res.json(response);
  });

  route(app, 'post', `${base}/updateDCOStatusByFreelancer`, auth, (req, res) => {
    const body = parseInput(dcoStatusSchema, req.body);
    if (!ctx.db.prepare('SELECT 1 FROM dcos WHERE dco_id = ?').get(body.dco_id)) {
      throw notFound('There is no partner (DCO) with this id.', 'dco_id');
    }
    if (!ctx.db.prepare('SELECT 1 FROM main_tags WHERE main_tag_id = ?').get(body.main_tag_id)) {
      throw notFound('There is no main tag with this id.', 'main_tag_id');
    }
    if (
      !ctx.db
        .prepare('SELECT 1 FROM sub_tags WHERE sub_tag_id = ? AND main_tag_id = ?')
        .get(body.sub_tag_id, body.main_tag_id)
    ) {
      throw unprocessable(
        'sub_tag_mismatch',
        'This sub tag does not belong to the chosen main tag.',
        'sub_tag_id',
      );
    }
    const actor = staffActor(ctx, nodeUserOf(res));
    assertMayActForPartner(ctx, actor, body.dco_id, "change this partner's status");
    const chat = traceChat(ctx, body.chat_id, body.dco_id);
    const updatedAt = ctx.clock.now().toISOString();
    ctx.db.transaction(() => {
      const before = ctx.db
        .prepare('SELECT * FROM dcos WHERE dco_id = ?')
        .get(body.dco_id) as DcoRow;
      ctx.db.prepare('UPDATE dcos SET status = ? WHERE dco_id = ?').run(body.status, body.dco_id);
      ctx.db
        .prepare(
          `INSERT INTO dco_status_updates (update_id, dco_id, status, main_tag_id, sub_tag_id, remarks, updated_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          newId('dcoupd'),
          body.dco_id,
          body.status,
          body.main_tag_id,
          body.sub_tag_id,
          body.remarks,
          nodeUserOf(res),
          updatedAt,
        );
      const tags = ctx.db
        .prepare(
          `SELECT m.name AS main, s.name AS sub FROM sub_tags s JOIN main_tags m ON m.main_tag_id = s.main_tag_id
           WHERE s.sub_tag_id = ?`,
        )
        .get(body.sub_tag_id) as { main: string; sub: string };
      leaveTrace(
        ctx,
        actor,
        chat,
        statusChangeTrace(actor, before, {
          from: before.status,
          to: body.status,
          mainTag: tags.main,
          subTag: tags.sub,
          remarks: body.remarks,
        }),
      );
    })();
    const response: UpdateDcoStatusResponse = {
      success: true,
      dco_id: body.dco_id,
      status: body.status,
      updated_at: updatedAt,
      message: `Partner ${body.dco_id} is now ${body.status}.`,
    };
    res.json(response);
  });
}

function partnerById(ctx: DomainContext, partnerId: string): DcoRow {
  const row = ctx.db.prepare('SELECT * FROM dcos WHERE partner_id = ?').get(partnerId) as
    DcoRow | undefined;
  if (!row) {
    throw notFound('There is no partner with this id.', 'partner_id');
  }
  return row;
}
