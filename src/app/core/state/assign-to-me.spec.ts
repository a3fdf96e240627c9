import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';

import { ChatAssignment } from '../../../contract';
import { GatewayError } from '../realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { ASSIGN_TO_ME_REASON, AssignToMe } from './assign-to-me';

const ASSIGNMENT: ChatAssignment = {
  chat_id: 'c1',
  customer_number: '+919800000001',
  customer_name: 'Ravi Kumar',
  stakeholder: 'customer',
  executive_id: 'e1',
  executive_name: 'Asha Verma',
  previous_executive_id: null,
  reason: ASSIGN_TO_ME_REASON,
  assigned_at: '2026-11-25T10:00:00.000Z',
};

describe('AssignToMe', () => {
  let gateway: FakeChatGateway;
  let assign: AssignToMe;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    assign = TestBed.inject(AssignToMe);
  });

  it('gives a chat nobody has to the signed-in executive, busy until the answer', async () => {
    const ack = new Subject<ChatAssignment>();
    gateway.reassignChat.and.returnValue(ack);
    const done = assign.assign('c1');
    expect(gateway.reassignChat).toHaveBeenCalledOnceWith({
      chat_id: 'c1',
      to_executive_id: 'e1',
      reason: ASSIGN_TO_ME_REASON,
      expected_executive_id: null,
    });
    expect(assign.isBusy('c1')).toBeTrue();
    expect((await assign.assign('c1')).ok).toBeFalse();
    expect(gateway.reassignChat).toHaveBeenCalledTimes(1);

    ack.next(ASSIGNMENT);
    ack.complete();
    expect(await done).toEqual({ ok: true, value: ASSIGNMENT });
    expect(assign.isBusy('c1')).toBeFalse();
  });

  it('says who was quicker when a colleague picked the chat up first', async () => {
    gateway.reassignChat.and.returnValue(
      throwError(
        () =>
          new GatewayError('assignment_changed', 'This chat is with Vikram now.', 'reassign_chat'),
      ),
    );
    expect(await assign.assign('c1')).toEqual({
      ok: false,
      message: 'This chat is with Vikram now.',
    });
  });

  it("explains a failure that is not the gateway's answer", async () => {
    gateway.reassignChat.and.returnValue(throwError(() => new Error('boom')));
    const result = await assign.assign('c1');
    expect(result.ok).toBeFalse();
    expect(result.ok ? '' : result.message).toContain('Check your connection');
  });

  it('remembers the chats the executive moves to themselves until a while after the answer', () => {
    jasmine.clock().install();
    try {
      const done = assign.noteOwnMove('c1');
      expect(assign.isOwnMove('c1')).toBeTrue();
      expect(assign.isOwnMove('c2')).toBeFalse();
      done();
      jasmine.clock().tick(5_000);
      expect(assign.isOwnMove('c1')).toBeTrue();
      jasmine.clock().tick(6_000);
      expect(assign.isOwnMove('c1')).toBeFalse();
    } finally {
      jasmine.clock().uninstall();
    }
  });
});
