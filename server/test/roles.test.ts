import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { io as connectSocket } from 'socket.io-client';

import type { Ack, DashboardStats } from '../../src/contract';
import {
  ASHA,
  PRIYA,
  RAHUL,
  SUPERVISOR,
  assertAckError,
  assertApiError,
  barrier,
  connectAs,
  emitAck,
  http,
  nextEvent,
  nodeSignIn,
  okData,
  record,
  signIn,
  startTestStack,
  stopTestStack,
  writes,
  type ClientSocket,
  type TestStack,
} from './harness';

/** The seed's partners by whose driver chat is whose: DCO10002 Priya's, DCO10005 Asha's, DCO10008 nobody's. */
const PRIYAS_PARTNER = { partner_id: 'PTR20002', dco_id: 'DCO10002' };
const ASHAS_PARTNER = { partner_id: 'PTR20005', dco_id: 'DCO10005' };
const NOBODYS_PARTNER = { partner_id: 'PTR20008', dco_id: 'DCO10008' };

describe('roles and ownership', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  let supervisor: ClientSocket;
  let counter = 0;

  before(async () => {
    stack = await startTestStack();
    [asha, supervisor] = await Promise.all([connectAs(stack, ASHA), connectAs(stack, SUPERVISOR)]);
  });
  after(() => stopTestStack(stack));

  /** A fresh customer chat with a customer message just now, assigned to `owner` (null: nobody). */
  function chatOf(owner: string | null): { chat_id: string; customer_number: string } {
    const number = `+91700${String(++counter).padStart(7, '0')}`;
    const { chat } = stack.injectInbound({ from: number, text: 'Hello?', name: 'Policy Customer' });
    stack.db
      .prepare('UPDATE chats SET assigned_executive_id = ? WHERE chat_id = ?')
      .run(owner, chat.chat_id);
    return { chat_id: chat.chat_id, customer_number: chat.customer_number };
  }

  it('sends executives the team counts and only their own load; supervisors every load', async () => {
    const rahul = await connectAs(stack, RAHUL);
    chatOf(RAHUL.executive_id);
    // Rahul's connecting pushed figures of its own: wait for the ones that count the new chat.
    const { open } = stack.db
      .prepare(
        "SELECT COUNT(*) AS open FROM chats WHERE assigned_executive_id = ? AND status != 'resolved'",
      )
      .get(RAHUL.executive_id) as { open: number };
    const countsIt = (stats: DashboardStats) =>
      stats.executives.find((load) => load.executive_id === RAHUL.executive_id)?.open_chats ===
      open;
    const rahulStats = nextEvent(rahul, 'dashboard_stats', countsIt);
    const supervisorStats = nextEvent(supervisor, 'dashboard_stats', countsIt);
    stack.ctx.events.statsChanged();
    const [mine, all] = await Promise.all([rahulStats, supervisorStats]);
    assert.deepEqual(
      mine.executives.map((load) => load.executive_id),
      [RAHUL.executive_id],
    );
    assert.ok(all.executives.length >= 4);
    assert.deepEqual(
      mine.executives[0],
      all.executives.find((load) => load.executive_id === RAHUL.executive_id),
    );
    for (const key of ['active', 'pending', 'resolved', 'unassigned', 'new_today'] as const) {
      assert.equal(mine[key], all[key], `the team's ${key} count`);
    }
  });

  it('sends the same on connection, and keeps the REST board for supervisors', async () => {
    const firstStats = async (who: typeof PRIYA) => {
      const socket: ClientSocket = connectSocket(stack.urls.pySmartChat, {
        path: stack.urls.socketPath,
        transports: ['websocket'],
        query: { token: await signIn(stack, who) },
        reconnection: false,
        forceNew: true,
      });
      try {
        return await new Promise<DashboardStats>((resolve) =>
          socket.once('dashboard_stats', resolve),
        );
      } finally {
        socket.close();
      }
    };
    const priyas = await firstStats(PRIYA);
    assert.deepEqual(
      priyas.executives.map((load) => load.executive_id),
      [PRIYA.executive_id],
    );
    assert.ok((await firstStats(SUPERVISOR)).executives.length >= 4);
    const board = `${stack.urls.pySmartChat}/api/dashboard/stats`;
    assertApiError(await http(board, { token: await signIn(stack, PRIYA) }), 403, 'forbidden');
    const full = await http<DashboardStats>(board, { token: await signIn(stack, SUPERVISOR) });
    assert.equal(full.status, 200);
    assert.ok(full.body.executives.length >= 4);
  });

  it("lets an executive read, join and annotate a colleague's chat, and refuses every other write", async () => {
    const chat = chatOf(PRIYA.executive_id);
    okData(await emitAck(asha, 'join_chat', { chat_id: chat.chat_id }));
    okData(
      await emitAck(asha, 'fetch_chats_by_user', { request_id: 'read-1', chat_id: chat.chat_id }),
    );
    okData(await emitAck(asha, 'add_note', { chat_id: chat.chat_id, content: 'Seen it' }));
    const events = record(supervisor);
    // Signing in writes a session row: before the count.
    const token = await signIn(stack, ASHA);
    const before = writes(stack);
    const refusals: [string, Promise<Ack<unknown>>][] = [
      [
        'send_message',
        emitAck(asha, 'send_message', {
          chat_id: chat.chat_id,
          client_message_id: 'not-mine-1',
          message: 'Hello from Asha',
        }),
      ],
      [
        'update_chat_status',
        emitAck(asha, 'update_chat_status', {
          customer_number: chat.customer_number,
          chat_id: chat.chat_id,
          status: 'resolved',
        }),
      ],
      ['apply_tag', emitAck(asha, 'apply_tag', { chat_id: chat.chat_id, tag: 'Refund' })],
      ['remove_tag', emitAck(asha, 'remove_tag', { chat_id: chat.chat_id, tag: 'Refund' })],
      [
        'reassign_chat (to a third)',
        emitAck(asha, 'reassign_chat', {
          chat_id: chat.chat_id,
          to_executive_id: RAHUL.executive_id,
          reason: 'Busy',
        }),
      ],
    ];
    for (const [event, ack] of refusals) {
      const answer = await ack;
      assertAckError(answer, 'forbidden');
      if (!answer.ok) {
        assert.match(answer.error.message, new RegExp(PRIYA.name), event);
        assert.match(answer.error.message, /take it over/, event);
      }
    }
    const api = `${stack.urls.pySmartChat}/api/chats`;
    const template = await http(
      `${api}/send_whatsapp_template?${new URLSearchParams({ to: chat.customer_number, name: 'conversation_follow_up' })}`,
      { token },
    );
    assertApiError(template, 403, 'forbidden');
    stack.db.prepare("UPDATE chats SET status = 'resolved' WHERE chat_id = ?").run(chat.chat_id);
    const rated = await http(`${api}/${chat.chat_id}/rate`, { token, body: { rating: 5 } });
    assertApiError(rated, 403, 'forbidden');
    assert.match((rated.body as { error: { message: string } }).error.message, /Priya/);
    stack.db.prepare("UPDATE chats SET status = 'active' WHERE chat_id = ?").run(chat.chat_id);
    assert.equal(writes(stack), before + 2, 'only the two status flips of the test itself');
    await barrier(supervisor);
    for (const event of ['new_message', 'tag_updated', 'chat_reassigned'] as const) {
      assert.equal(events.of(event).length, 0, `no ${event} after a refusal`);
    }
  });

  it("lets an executive take a colleague's chat over, then act on it", async () => {
    const chat = chatOf(PRIYA.executive_id);
    const taken = okData(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: ASHA.executive_id,
        reason: 'Taking over: Priya is on a call',
      }),
    );
    assert.equal(taken.previous_executive_id, PRIYA.executive_id);
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'taken-1',
        message: 'I am looking into it',
      }),
    );
    okData(await emitAck(asha, 'apply_tag', { chat_id: chat.chat_id, tag: 'Refund' }));
    okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        chat_id: chat.chat_id,
        status: 'pending',
      }),
    );
    // Once it is hers she may hand it on to anyone.
    okData(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: RAHUL.executive_id,
        reason: 'Shift ending',
      }),
    );
  });

  it('lets any executive act on an unassigned chat, and a supervisor on any chat', async () => {
    const unassigned = chatOf(null);
    okData(await emitAck(asha, 'apply_tag', { chat_id: unassigned.chat_id, tag: 'Payment' }));
    okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: unassigned.customer_number,
        status: 'pending',
      }),
    );
    const sent = okData(
      await emitAck(asha, 'send_message', {
        chat_id: unassigned.chat_id,
        client_message_id: 'pick-up-1',
        message: 'Picking this up',
      }),
    );
    assert.equal(sent.sender_id, ASHA.executive_id);
    assert.equal(stack.ctx.chats.get(unassigned.chat_id)!.assigned_executive_id, ASHA.executive_id);

    const priyas = chatOf(PRIYA.executive_id);
    okData(
      await emitAck(supervisor, 'send_message', {
        chat_id: priyas.chat_id,
        client_message_id: 'sup-1',
        message: 'A supervisor here',
      }),
    );
    okData(await emitAck(supervisor, 'apply_tag', { chat_id: priyas.chat_id, tag: 'Refund' }));
    okData(await emitAck(supervisor, 'remove_tag', { chat_id: priyas.chat_id, tag: 'Refund' }));
    okData(
      await emitAck(supervisor, 'update_chat_status', {
        customer_number: priyas.customer_number,
        chat_id: priyas.chat_id,
        status: 'resolved',
      }),
    );
    const rated = await http(`${stack.urls.pySmartChat}/api/chats/${priyas.chat_id}/rate`, {
      token: await signIn(stack, SUPERVISOR),
      body: { rating: 4 },
    });
    assert.equal(rated.status, 200);
    okData(
      await emitAck(supervisor, 'reassign_chat', {
        chat_id: priyas.chat_id,
        to_executive_id: RAHUL.executive_id,
        reason: 'Workload balancing',
      }),
    );
  });

  it('relays typing only from a socket that joined the chat', async () => {
    const chat = chatOf(ASHA.executive_id);
    assertAckError(
      await emitAck(asha, 'typing', { chat_id: chat.chat_id, sender: 'executive' }),
      'forbidden',
    );
    okData(await emitAck(supervisor, 'join_chat', { chat_id: chat.chat_id }));
    okData(await emitAck(asha, 'join_chat', { chat_id: chat.chat_id }));
    const seen = nextEvent(supervisor, 'user_typing', (t) => t.chat_id === chat.chat_id);
    okData(await emitAck(asha, 'typing', { chat_id: chat.chat_id, sender: 'executive' }));
    assert.equal((await seen).sender_name, ASHA.name);
  });

  it("sends payment links and changes a partner's status only for a partner whose chat the executive may act on", async () => {
    const partnerUrl = (path: string) => `${stack.urls.partnerEnrol}/${path}`;
    const ashaNode = await nodeSignIn(stack, ASHA);
    const supervisorNode = await nodeSignIn(stack, SUPERVISOR);
    const link = (token: string, partnerId: string) =>
      http(partnerUrl('resendPaytmPaymentLink'), {
        token,
        body: { partner_id: partnerId, amount: 100 },
      });
    const status = (token: string, dcoId: string) =>
      http(partnerUrl('updateDCOStatusByFreelancer'), {
        token,
        body: {
          dco_id: dcoId,
          status: 'active',
          main_tag_id: 'MT05',
          sub_tag_id: 'ST0501',
          remarks: 'Checked with the partner',
        },
      });
    const before = writes(stack);
    const refusedLink = await link(ashaNode, PRIYAS_PARTNER.partner_id);
    assertApiError(refusedLink, 403, 'forbidden');
    assert.match((refusedLink.body as { error: { message: string } }).error.message, /Priya/);
    assertApiError(await status(ashaNode, PRIYAS_PARTNER.dco_id), 403, 'forbidden');
    assert.equal(writes(stack), before, 'a refusal writes nothing');

    assert.equal((await link(ashaNode, ASHAS_PARTNER.partner_id)).status, 200);
    assert.equal((await status(ashaNode, ASHAS_PARTNER.dco_id)).status, 200);
    assert.equal((await link(ashaNode, NOBODYS_PARTNER.partner_id)).status, 200);
    assert.equal((await link(supervisorNode, PRIYAS_PARTNER.partner_id)).status, 200);
    assert.equal((await status(supervisorNode, PRIYAS_PARTNER.dco_id)).status, 200);
    assert.equal(
      (await link(await nodeSignIn(stack, PRIYA), PRIYAS_PARTNER.partner_id)).status,
      200,
    );
  });
});
