import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  NotesResponse,
  ResendPaytmLinkResponse,
  UpdateDcoStatusResponse,
} from '../../src/contract';
import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  barrier,
  closeSockets,
  connectAs,
  emitAck,
  expectRefusals,
  http,
  nextEvent,
  nodeSignIn,
  okData,
  record,
  signIn,
  startTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

/**
 * Seeded driver chats of DCO10002 (Venkatesh Yadav, +916023793653, dues ₹2,372), both Priya's:
 * his own, and his driver Salim Das's. DCO10001's own chat is Asha's.
 */
const OWNER_CHAT = 'chat_s062';
const DRIVER_CHAT = 'chat_s082';
const OTHER_PARTNERS_CHAT = 'chat_s061';
const PARTNER = { partner_id: 'PTR20002', dco_id: 'DCO10002' };
const STATUS_CHANGE = {
  dco_id: PARTNER.dco_id,
  status: 'suspended',
  main_tag_id: 'MT04',
  sub_tag_id: 'ST0401',
  remarks: 'Dues unpaid for 30 days',
} as const;

describe('side-panel actions leave a note in the chat they came from', () => {
  let stack: TestStack;
  let priyaNode: string;
  let priya: ClientSocket;
  const url = (path: string) => `${stack.urls.partnerEnrol}/${path}`;

  async function notesOf(chatId: string): Promise<NotesResponse['notes']> {
    const token = await signIn(stack, ASHA);
    const listed = await http<NotesResponse>(
      `${stack.urls.pySmartChat}/api/chats/${chatId}/notes`,
      { token },
    );
    return listed.body.notes;
  }

  before(async () => {
    stack = await startTestStack();
    priyaNode = await nodeSignIn(stack, PRIYA);
    priya = await connectAs(stack, PRIYA);
  });
  after(async () => {
    closeSockets();
    await stack.dispose();
  });

  it('a payment link writes who sent how much to whom, live to whoever has the chat open', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    okData(await emitAck(supervisor, 'join_chat', { chat_id: DRIVER_CHAT }));
    const live = nextEvent(supervisor, 'note_added', (note) => note.chat_id === DRIVER_CHAT);
    const ownerNotes = (await notesOf(OWNER_CHAT)).length;
    const asked = stack.clock.now().toISOString();
    const sent = await http<ResendPaytmLinkResponse>(url('resendPaytmPaymentLink'), {
      token: priyaNode,
      body: { partner_id: PARTNER.partner_id, chat_id: DRIVER_CHAT },
    });
    assert.equal(sent.status, 200);
    assert.equal(sent.body.amount, 2372);
    const note = await live;
    assert.equal(
      note.content,
      'Priya Sharma sent a payment link for ₹2,372 to Venkatesh Yadav (DCO10002) on +916023793653.',
    );
    assert.equal(note.author_id, PRIYA.executive_id);
    assert.equal(note.author_name, PRIYA.name);
    // When: the moment the stack sent the link.
    assert.ok(note.created_at >= asked && note.created_at <= stack.clock.now().toISOString());
    assert.deepEqual((await notesOf(DRIVER_CHAT)).at(-1), note);
    // The note is where the action was taken, not in the partner's other chats.
    assert.equal((await notesOf(OWNER_CHAT)).length, ownerNotes);
  });

  it('a status change writes the old and new status, the reason and the remarks', async () => {
    const live = nextEvent(priya, 'note_added', (note) => note.chat_id === OWNER_CHAT);
    okData(await emitAck(priya, 'join_chat', { chat_id: OWNER_CHAT }));
    const changed = await http<UpdateDcoStatusResponse>(url('updateDCOStatusByFreelancer'), {
      token: priyaNode,
      body: { ...STATUS_CHANGE, chat_id: OWNER_CHAT },
    });
    assert.equal(changed.status, 200);
    const note = await live;
    assert.match(
      note.content,
      /^Priya Sharma changed the status of Venkatesh Yadav \(DCO10002\) from Active to Suspended\. Reason: .+ › .+\. Remarks: Dues unpaid for 30 days$/,
    );
    assert.deepEqual((await notesOf(OWNER_CHAT)).at(-1), note);
  });

  it('a failed action writes no note, and no link or status', async () => {
    const events = record(priya);
    await expectRefusals(stack, [
      // Asha has no chat with this partner.
      [
        url('resendPaytmPaymentLink'),
        {
          token: await nodeSignIn(stack, ASHA),
          body: { partner_id: PARTNER.partner_id, chat_id: DRIVER_CHAT },
        },
        403,
        'forbidden',
      ],
      // A chat of another partner, and a chat that does not exist.
      [
        url('resendPaytmPaymentLink'),
        {
          token: priyaNode,
          body: { partner_id: PARTNER.partner_id, chat_id: OTHER_PARTNERS_CHAT },
        },
        422,
        'chat_not_of_partner',
        'chat_id',
      ],
      [
        url('updateDCOStatusByFreelancer'),
        { token: priyaNode, body: { ...STATUS_CHANGE, chat_id: 'chat_nope' } },
        404,
        'not_found',
        'chat_id',
      ],
      // A sub tag of another reason.
      [
        url('updateDCOStatusByFreelancer'),
        { token: priyaNode, body: { ...STATUS_CHANGE, sub_tag_id: 'ST0101', chat_id: OWNER_CHAT } },
        422,
        'sub_tag_mismatch',
        'sub_tag_id',
      ],
      [
        url('resendPaytmPaymentLink'),
        { token: priyaNode, body: { partner_id: PARTNER.partner_id, chat_id: '' } },
        400,
        'validation_failed',
        'chat_id',
      ],
    ]);
    await barrier(priya);
    assert.equal(events.of('note_added').length, 0);
  });

  it('a request that names no chat still works and leaves no note', async () => {
    const before = [(await notesOf(DRIVER_CHAT)).length, (await notesOf(OWNER_CHAT)).length];
    const sent = await http<ResendPaytmLinkResponse>(url('resendPaytmPaymentLink'), {
      token: priyaNode,
      body: { partner_id: PARTNER.partner_id, amount: 100 },
    });
    assert.equal(sent.status, 200);
    assert.deepEqual(
      [(await notesOf(DRIVER_CHAT)).length, (await notesOf(OWNER_CHAT)).length],
      before,
    );
  });
});
