import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  ApiErrorBody,
  ChatGptResponse,
  Message,
  RateChatResponse,
  SendWhatsappTemplateResponse,
} from '../../src/contract';
import {
  ASHA,
  SUPERVISOR,
  assertApiError,
  connectAs,
  http,
  nextEvent,
  seededChat,
  signIn,
  startTestStack,
  stopTestStack,
  writes,
  type TestStack,
} from './harness';

describe('PySmartChat REST: suggestions, ratings, templates sent and malformed requests', () => {
  let stack: TestStack;
  let token: string;
  let api: string;
  before(async () => {
    stack = await startTestStack();
    token = await signIn(stack, ASHA);
    api = `${stack.urls.pySmartChat}/api`;
  });
  after(() => stopTestStack(stack));

  it('suggests a deterministic reply from the conversation and the customer context', async () => {
    const chat = seededChat(stack, "stakeholder = 'customer' AND needs_reply = 1");
    stack.injectInbound({
      from: chat.customer_number,
      text: 'I want a refund for my cancelled trip',
    });
    const first = await http<ChatGptResponse>(`${api}/chats/chat_gpt`, {
      token,
      body: { chat_id: chat.chat_id },
    });
    const second = await http<ChatGptResponse>(`${api}/chats/chat_gpt`, {
      token,
      body: { chat_id: chat.chat_id },
    });
    assert.equal(first.status, 200);
    assert.equal(first.body.chat_id, chat.chat_id);
    assert.match(first.body.suggestion, /^Hi \S+, /);
    assert.match(first.body.suggestion, /refund/i);
    assert.equal(first.body.suggestion, second.body.suggestion);
    const driverChat = seededChat(stack, "stakeholder = 'driver'");
    stack.injectInbound({
      from: driverChat.customer_number,
      text: 'Please send the paytm link for my dues',
    });
    const driver = await http<ChatGptResponse>(`${api}/chats/chat_gpt`, {
      token,
      body: { chat_id: driverChat.chat_id },
    });
    assert.match(driver.body.suggestion, /dues|wallet/);
  });

  it('rates a resolved chat and refuses an open one', async () => {
    const resolved = seededChat(stack, "status = 'resolved' AND assigned_executive_id = ?", [
      ASHA.executive_id,
    ]);
    const rated = await http<RateChatResponse>(`${api}/chats/${resolved.chat_id}/rate`, {
      token,
      body: { rating: 4, comment: ' Helpful ' },
    });
    assert.equal(rated.status, 200);
    assert.equal(rated.body.rating, 4);
    assert.equal(rated.body.comment, 'Helpful');
    assert.equal(rated.body.rated_by, ASHA.executive_id);
    const stored = stack.db
      .prepare('SELECT rating FROM ratings WHERE chat_id = ?')
      .get(resolved.chat_id) as { rating: number };
    assert.equal(stored.rating, 4);
    const open = seededChat(stack, "status = 'active' AND assigned_executive_id = ?", [
      ASHA.executive_id,
    ]);
    assertApiError(
      await http(`${api}/chats/${open.chat_id}/rate`, { token, body: { rating: 5 } }),
      409,
      'chat_not_resolved',
    );
  });

  it('sends a WhatsApp template by name, creating the chat for a new number and broadcasting it', async () => {
    const customer = stack.db
      .prepare(
        `SELECT c.customer_number FROM customers c JOIN bookings b ON b.customer_number = c.customer_number
         WHERE c.customer_number NOT IN (SELECT customer_number FROM chats) LIMIT 1`,
      )
      .get() as { customer_number: string };
    const supervisor = await connectAs(stack, SUPERVISOR);
    const broadcast = nextEvent(supervisor, 'new_message', (m) => m.message_type === 'template');
    const query = new URLSearchParams({
      to: customer.customer_number,
      name: 'booking_confirmation',
    });
    const sent = await http<SendWhatsappTemplateResponse>(
      `${api}/chats/send_whatsapp_template?${query}`,
      { token },
    );
    assert.equal(sent.status, 200);
    assert.equal(sent.body.success, true);
    assert.equal(sent.body.to, customer.customer_number);
    assert.equal(sent.body.template_name, 'booking_confirmation');
    const message: Message = await broadcast;
    assert.equal(message.message_id, sent.body.message_id);
    assert.match(message.text ?? '', /OW\d{7}/);
    assert.doesNotMatch(message.text ?? '', /\{\{/);
    const chat = stack.ctx.chats.get(sent.body.chat_id);
    assert.equal(chat?.customer_number, customer.customer_number);
    assert.equal(chat?.assigned_executive_id, ASHA.executive_id);
    assert.equal(chat?.last_message?.template_name, 'booking_confirmation');
    // A `+` sent unencoded arrives as a space and still finds the same chat.
    const again = await http<SendWhatsappTemplateResponse>(
      `${api}/chats/send_whatsapp_template?to=${customer.customer_number}&name=feedback_request`,
      { token },
    );
    assert.equal(again.body.chat_id, sent.body.chat_id);
  });

  it('refuses a template the records cannot fill, saying which detail is missing and what to do', async () => {
    const query = new URLSearchParams({ to: '+919000000002', name: 'booking_confirmation' });
    const refused = await http<ApiErrorBody>(`${api}/chats/send_whatsapp_template?${query}`, {
      token,
    });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'template_variable_missing');
    assert.equal(refused.body.error.field, 'name.booking_id');
    assert.match(refused.body.error.message, /booking id of \+919000000002/);
    assert.match(refused.body.error.message, /Pick a template that does not need it/);
    assert.doesNotMatch(refused.body.error.message, /Fill it in/);
  });

  it('answers every malformed request with a 4xx ApiErrorBody and writes nothing', async () => {
    const open = seededChat(stack, "status = 'active'");
    const resolved = seededChat(stack, "status = 'resolved'");
    const driverNumber = (
      stack.db.prepare('SELECT phone FROM drivers LIMIT 1').get() as { phone: string }
    ).phone;
    const customerNumber = seededChat(stack, "stakeholder = 'customer'").customer_number;
    const tpl = (q: Record<string, string>) =>
      `${api}/chats/send_whatsapp_template?${new URLSearchParams(q)}`;
    const cases: [string, Parameters<typeof http>[1], number, string?, string?][] = [
      [`${api}/chats/chat_gpt`, { token, body: {} }, 400, 'validation_failed', 'chat_id'],
      [
        `${api}/chats/chat_gpt`,
        { token, body: { chat_id: 12 } },
        400,
        'validation_failed',
        'chat_id',
      ],
      [
        `${api}/chats/chat_gpt`,
        { token, body: { chat_id: 'chat_missing' } },
        404,
        'not_found',
        'chat_id',
      ],
      [`${api}/chats/chat_gpt`, { token, body: '{"chat_id":' }, 400, 'malformed_json'],
      [
        `${api}/chats/chat_gpt`,
        { token, body: 'chat_id=1', headers: { 'Content-Type': 'text/plain' } },
        415,
      ],
      [
        `${api}/chats/chat_gpt`,
        { token, body: { chat_id: 'x'.repeat(70_000) } },
        413,
        'payload_too_large',
      ],
      [
        `${api}/chats/${resolved.chat_id}/rate`,
        { token, body: { rating: 6 } },
        400,
        'validation_failed',
        'rating',
      ],
      [
        `${api}/chats/${resolved.chat_id}/rate`,
        { token, body: { rating: 2.5 } },
        400,
        'validation_failed',
        'rating',
      ],
      [
        `${api}/chats/${resolved.chat_id}/rate`,
        { token, body: { rating: '5' } },
        400,
        'validation_failed',
        'rating',
      ],
      [
        `${api}/chats/${resolved.chat_id}/rate`,
        { token, body: { rating: 5, comment: 'x'.repeat(501) } },
        400,
        'validation_failed',
        'comment',
      ],
      [`${api}/chats/chat_missing/rate`, { token, body: { rating: 5 } }, 404, 'not_found'],
      [
        `${api}/chats/${open.chat_id}/rate`,
        { token, body: { rating: 5 } },
        409,
        'chat_not_resolved',
      ],
      [tpl({ name: 'booking_confirmation' }), { token }, 400, 'validation_failed', 'to'],
      [tpl({ to: customerNumber }), { token }, 400, 'validation_failed', 'name'],
      [
        tpl({ to: 'call me', name: 'booking_confirmation' }),
        { token },
        400,
        'invalid_number',
        'to',
      ],
      [tpl({ to: customerNumber, name: 'no_such_template' }), { token }, 404, 'not_found', 'name'],
      [
        tpl({ to: driverNumber, name: 'booking_confirmation' }),
        { token },
        422,
        'template_stakeholder_mismatch',
        'name',
      ],
      [
        tpl({ to: '+919000000001', name: 'booking_confirmation' }),
        { token },
        422,
        'template_variable_missing',
        'name.booking_id',
      ],
      [
        `${api}/chats/send_whatsapp_template?to=1&to=2&name=booking_confirmation`,
        { token },
        400,
        'validation_failed',
        'to',
      ],
      [`${api}/whatsapp/downloadmedia/${'m'.repeat(101)}`, { token }, 400, 'validation_failed'],
      [
        `${api}/chats/not-a-number/context-history`,
        { token },
        400,
        'invalid_number',
        'customerNumber',
      ],
      [`${api}/chats/%2B919000000002/context-history`, { token }, 404, 'not_found'],
      [`${api}/chats/12/rides`, { token }, 400, 'invalid_number'],
      [`${api}/chats/%2B919000000003/rides`, { token }, 404, 'not_found'],
      [`${api}/chats/%E0%A4%A/rides`, { token }, 400],
      [`${api}/chats/chat_missing/notes`, { token }, 404, 'not_found'],
      [`${api}/templates`, { token }, 400, 'validation_failed', 'stakeholder'],
      [`${api}/templates?stakeholder=partner`, { token }, 400, 'validation_failed', 'stakeholder'],
      [`${api}/dashboard/stats`, { token }, 403, 'forbidden'],
      [`${api}/no/such/route`, { token }, 404, 'not_found'],
      [
        `${api}/templates?stakeholder=customer`,
        { token, method: 'POST', body: {} },
        405,
        'method_not_allowed',
      ],
    ];
    const before = writes(stack);
    for (const [url, init, status, code, field] of cases) {
      assertApiError(await http(url, init), status, code, field);
    }
    assert.equal(writes(stack), before, 'no bad request wrote anything');
  });
});
