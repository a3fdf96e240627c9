import { TestBed } from '@angular/core/testing';
import { ToastrService } from 'ngx-toastr';
import { of, throwError } from 'rxjs';

import { GatewayError } from '../../core/realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aChat } from '../../testing/payload-fixtures';
import { AssignFromList, injectAssignFromList } from './assign-from-list';

describe('injectAssignFromList', () => {
  let gateway: FakeChatGateway;
  let toastr: jasmine.SpyObj<ToastrService>;
  let pickUp: AssignFromList;
  const nobodys = aChat({
    customer_name: 'Meena Naidu',
    assigned_executive_id: null,
    assigned_executive_name: null,
  });

  beforeEach(() => {
    gateway = new FakeChatGateway();
    toastr = jasmine.createSpyObj<ToastrService>('ToastrService', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: ToastrService, useValue: toastr },
      ],
    });
    pickUp = TestBed.runInInjectionContext(() => injectAssignFromList());
  });

  it('offers Assign to me on rows of chats nobody has', () => {
    expect(pickUp.offered(nobodys)).toBeTrue();
    expect(pickUp.offered(aChat({ assigned_executive_id: 'e2' }))).toBeFalse();
  });

  it('takes the chat and says whose chat it was', async () => {
    gateway.reassignChat.and.returnValue(of({} as never));
    await pickUp.assign(nobodys);
    expect(gateway.reassignChat).toHaveBeenCalledOnceWith(
      jasmine.objectContaining({ chat_id: 'c1', to_executive_id: 'e1' }),
    );
    expect(toastr.success).toHaveBeenCalledOnceWith('The chat with Meena Naidu is yours now.');
  });

  it('says who was quicker', async () => {
    gateway.reassignChat.and.returnValue(
      throwError(() => new GatewayError('assignment_changed', 'Vikram has it.', 'reassign_chat')),
    );
    await pickUp.assign(nobodys);
    expect(toastr.error).toHaveBeenCalledOnceWith('Vikram has it.', undefined, {
      disableTimeOut: true,
    });
  });
});
