import { Clipboard } from '@angular/cdk/clipboard';
import { BreakpointObserver } from '@angular/cdk/layout';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';
import { ToastrService } from 'ngx-toastr';
import { Subject, of, throwError } from 'rxjs';

import { MemoryStorage } from '../../../core/api/api-testing';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { PREFERENCE_STORAGE } from '../../../core/platform/preference-storage';
import { Config, ResponseData } from '../../../../contract';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { ConsoleLayout } from '../../../core/layout/console-layout';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { ConversationStore } from '../../../core/state/conversation-store';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { FakeBreakpoints } from '../../../testing/fake-breakpoints';
import { aChat } from '../../../testing/payload-fixtures';
import { ConversationHeader } from './conversation-header';

const CONFIG: Config = {
  ...DEFAULT_CHAT_CONFIG,
  executives: [
    { executive_id: 'e1', name: 'Asha Verma', status: 'online' },
    { executive_id: 'e2', name: 'Priya Nair', status: 'online' },
  ],
  tags: ['Refund', 'Payment', 'VIP'],
  reassign_reasons: ['Shift ending'],
};

function statusAck(
  status: ResponseData['status'],
  message: string,
  updatedBy = 'e1',
): ResponseData {
  return {
    success: true,
    chat_id: 'c1',
    customer_number: '+919800000001',
    status,
    message,
    updated_by: updatedBy,
    updated_at: '2026-11-25T10:00:00.000Z',
  };
}

describe('ConversationHeader', () => {
  let gateway: FakeChatGateway;
  let api: jasmine.SpyObj<PySmartChatApi>;
  let toastr: jasmine.SpyObj<ToastrService>;
  let fixture: ComponentFixture<ConversationHeader>;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  }

  async function setUp(chat = aChat({ tags: ['Refund'] })): Promise<void> {
    gateway = new FakeChatGateway();
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', [
      'fetchNotes',
      'rateChat',
      'fetchTemplates',
      'sendWhatsappTemplate',
    ]);
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [] }));
    toastr = jasmine.createSpyObj<ToastrService>('ToastrService', ['success', 'error', 'info']);
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        { provide: PySmartChatApi, useValue: api },
        { provide: ToastrService, useValue: toastr },
        { provide: PREFERENCE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    gateway.joinChat.and.returnValue(of({ chat_id: 'c1', chat }));
    gateway.fetchChatsByUser.and.returnValue(
      of({ request_id: 'r', chat_id: 'c1', chat, messages: [], has_more: false }),
    );
    TestBed.inject(ConversationStore).open('c1');
    TestBed.inject(ConfigStore);
    gateway.configResponse.next(CONFIG);
    fixture = TestBed.createComponent(ConversationHeader);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  /** The confirmation shown beside the chat's status. */
  function confirmationText(): string {
    const status = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="action-confirmation"]',
    );
    return status?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The names in the chat's tag list. */
  function tagNames(): string[] {
    const list = (fixture.nativeElement as HTMLElement).querySelector(
      '[aria-label="Tags of this chat"]',
    );
    return [...(list?.querySelectorAll('li .name') ?? [])].map((n) => n.textContent!.trim());
  }

  /** Lets an awaited answer land, then renders what it changed. */
  /** Lets live updates (folded once a frame) and the render after them land. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await fixture.whenStable();
  }

  it('shows who the chat is with, its state, assignee and tags', async () => {
    await setUp(aChat({ stakeholder: 'driver', tags: ['Refund'], status: 'pending' }));
    expect(text()).toContain('Ravi Kumar');
    expect(text()).toContain('+919800000001');
    expect(text()).toContain('Driver');
    expect(text()).toContain('Pending');
    expect(text()).toContain('Assigned to: You');
    expect(tagNames()).toEqual(['Refund']);
  });

  it('keeps 24 characters of the name in view beside the actions, at the 1440 px console width', async () => {
    // 1440 px less the chat list (380) and the customer panel (360) columns.
    const host = () => fixture.nativeElement as HTMLElement;
    const name = () => host().querySelector('h2') as HTMLElement;
    await setUp(aChat({ status: 'resolved', customer_name: 'Sri Venkateswara Travels' }));
    host().style.width = '700px';
    expect(name().textContent?.trim().length).toBe(24);
    expect(name().scrollWidth)
      .withContext('name truncated')
      .toBeLessThanOrEqual(name().clientWidth);

    gateway.roomUpdate.next(
      aChat({
        status: 'resolved',
        customer_name:
          'Sri Venkateswara Travels and Tours Private Limited, Vijayawada Branch Office Two',
        version: 5,
      }),
    );
    await settle();
    expect(name().scrollWidth).toBeGreaterThan(name().clientWidth);
    expect(name().clientWidth).toBeGreaterThan(0);
    expect(name().title).toBe(
      'Sri Venkateswara Travels and Tours Private Limited, Vijayawada Branch Office Two',
    );
  });

  it('copies the number and confirms it', async () => {
    await setUp();
    const copy = spyOn(TestBed.inject(Clipboard), 'copy').and.returnValue(true);
    const number = fixture.nativeElement.querySelector('button.number') as HTMLButtonElement;
    number.click();
    await settle();
    expect(copy).toHaveBeenCalledWith('+919800000001');
    expect(text()).toContain('Number copied');
  });

  it('resolves with the chat id and number, disabled in flight, then asks for a rating', async () => {
    await setUp();
    const ack = new Subject<ResponseData>();
    gateway.updateChatStatus.and.returnValue(ack);
    const resolve = await loader.getHarness(MatButtonHarness.with({ text: /Resolve/ }));
    await resolve.click();
    expect(gateway.updateChatStatus).toHaveBeenCalledWith({
      customer_number: '+919800000001',
      chat_id: 'c1',
      status: 'resolved',
    });
    expect(await resolve.isDisabled()).toBeTrue();
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
    ack.next(statusAck('resolved', 'Chat resolved.'));
    ack.complete();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Rate this chat');
    // The executive's own action is confirmed in place, with Undo, not as a toast.
    expect(toastr.success).not.toHaveBeenCalled();
    expect(toastr.info).not.toHaveBeenCalled();
    expect(confirmationText()).toContain('Chat resolved.');
  });

  it('asks before resolving a chat whose customer waits, and resolves nothing on its own', async () => {
    await setUp(aChat({ needs_reply: true, last_customer_message_at: new Date().toISOString() }));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Resolve/ }))).click();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Resolve this chat?');
    expect(await dialog.getText()).toContain('Ravi Kumar has waited less than a minute');
    expect(gateway.updateChatStatus).not.toHaveBeenCalled();
  });

  it('undoes a resolve from its confirmation by reopening the chat', async () => {
    await setUp();
    gateway.updateChatStatus.and.returnValue(of(statusAck('resolved', 'Chat resolved.')));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Resolve/ }))).click();
    await settle();
    TestBed.inject(MatDialog).closeAll();
    gateway.updateChatStatus.and.returnValue(of(statusAck('active', 'Chat reopened.')));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Undo resolve' }))).click();
    expect(gateway.updateChatStatus).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1', status: 'active' }),
    );
    await settle();
    expect(confirmationText()).toContain('Chat reopened.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Undo resolve' }))).toEqual(
      [],
    );
  });

  it('toasts what another executive did to the open chat', async () => {
    await setUp();
    gateway.updateChatStatusResponse.next(statusAck('resolved', 'Chat resolved.', 'e7'));
    await settle();
    expect(toastr.info).toHaveBeenCalledOnceWith(
      jasmine.stringMatching(/: Chat resolved\.$/),
      undefined,
      jasmine.anything(),
    );
    expect(confirmationText()).toBe('');
  });

  it('shows the error and asks for no rating when resolving fails', async () => {
    await setUp();
    gateway.updateChatStatus.and.returnValue(
      throwError(() => new GatewayError('offline', 'You are offline.', 'update_chat_status')),
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: /Resolve/ }))).click();
    await settle();
    expect(toastr.error).toHaveBeenCalledOnceWith('You are offline.', undefined, {
      disableTimeOut: true,
    });
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });

  it('marks an active chat pending and reopens a resolved one', async () => {
    await setUp();
    gateway.updateChatStatus.and.returnValue(of(statusAck('pending', 'Chat marked pending.')));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Mark pending' }))).click();
    expect(gateway.updateChatStatus).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1', status: 'pending' }),
    );

    gateway.roomUpdate.next(aChat({ status: 'resolved', version: 5 }));
    await settle();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Resolve$/ }))).toEqual([]);
    gateway.updateChatStatus.and.returnValue(of(statusAck('active', 'Chat reopened.')));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Reopen/ }))).click();
    expect(gateway.updateChatStatus).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1', status: 'active' }),
    );
    await settle();
    expect(toastr.success).not.toHaveBeenCalled();
    expect(confirmationText()).toContain('Chat reopened.');
  });

  it('follows tag_updated for the open chat live', async () => {
    await setUp();
    gateway.tagUpdated.next({
      chat_id: 'c1',
      tag: 'VIP',
      action: 'applied',
      tags: ['Refund', 'VIP'],
      updated_by: 'e2',
      updated_at: '2026-11-25T10:00:00.000Z',
    });
    await settle();
    expect(tagNames()).toEqual(['Refund', 'VIP']);
  });

  it('opens the reassign dialog', async () => {
    await setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Reassign/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reassign chat');
  });

  it('offers Assign instead of Reassign for a chat nobody has', async () => {
    await setUp(aChat({ assigned_executive_id: null, assigned_executive_name: null }));
    expect(await loader.getHarnessOrNull(MatButtonHarness.with({ text: /Reassign/ }))).toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: /^\S*\s*Assign$/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Assign chat');
  });

  it('keeps a 24-character name whole beside Assign to me on a chat nobody has', async () => {
    await setUp(aChat({ assigned_executive_id: null, customer_name: 'Sri Venkateswara Travels' }));
    const host = fixture.nativeElement as HTMLElement;
    const name = () => host.querySelector('h2') as HTMLElement;
    host.style.width = '700px';
    await settle();
    expect(host.querySelector('[data-testid="assign-to-me"]')).not.toBeNull();
    expect(name().scrollWidth).toBeLessThanOrEqual(name().clientWidth);
  });

  it('moves Mark pending, then Reassign, into More actions as the header narrows', async () => {
    await setUp();
    const host = fixture.nativeElement as HTMLElement;
    const inline = async () =>
      (await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: '.actions' }))).length;
    const button = (name: RegExp) => loader.getHarnessOrNull(MatButtonHarness.with({ text: name }));

    host.style.display = 'block';
    host.style.width = '900px';
    await settle();
    expect(await button(/Mark pending/)).not.toBeNull();
    expect(await button(/Reassign/)).not.toBeNull();
    const wide = await inline();

    host.style.width = '560px';
    await settle();
    expect(await button(/Mark pending/)).toBeNull();
    expect(await button(/Reassign/)).not.toBeNull();

    host.style.width = '420px';
    await settle();
    expect(await button(/Reassign/)).toBeNull();
    expect(await inline()).toBe(wide - 2);
    // Still reachable: in the menu, by mouse or keyboard.
    const more = await loader.getHarness(
      MatMenuHarness.with({ selector: '[aria-label="More actions"]' }),
    );
    await more.open();
    const items = await Promise.all((await more.getItems()).map((item) => item.getText()));
    expect(items.map((t) => t.replace(/^\S+\s*/, '').trim())).toEqual([
      'Mark pending',
      'Reassign',
      'Copy number',
    ]);
    await more.clickItem({ text: /Reassign/ });
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reassign chat');
  });

  it('offers Back to chats only when one pane shows at a time', async () => {
    const window = new FakeBreakpoints();
    TestBed.configureTestingModule({
      providers: [{ provide: BreakpointObserver, useValue: window.observer }],
    });
    await setUp();
    const back = () =>
      (fixture.nativeElement as HTMLElement).querySelector('a[aria-label="Back to chats"]');
    expect(back()).toBeNull();
    window.resize(768);
    await settle();
    expect(back()?.getAttribute('href')).toBe('/chats');
  });

  it('shows and hides the customer panel, and keeps the choice', async () => {
    await setUp();
    const toggle = await loader.getHarness(MatButtonHarness.with({ selector: '.panel-toggle' }));
    const expanded = async () => (await toggle.host()).getAttribute('aria-expanded');
    // The test window is wider than 1280 px: the panel starts open.
    const layout = TestBed.inject(ConsoleLayout);
    const before = layout.panelOpen();
    expect(await expanded()).toBe(String(before));
    await toggle.click();
    expect(layout.panelOpen()).toBe(!before);
    expect(await expanded()).toBe(String(!before));
  });

  it('registers the resolve and tag shortcuts while on screen', async () => {
    await setUp();
    const shortcuts = TestBed.inject(ShortcutRegistry);
    gateway.updateChatStatus.and.returnValue(of(statusAck('resolved', 'Chat resolved.')));
    expect(shortcuts.run('chat.resolve')).toBeTrue();
    expect(gateway.updateChatStatus).toHaveBeenCalledWith(
      jasmine.objectContaining({ status: 'resolved' }),
    );
    // Resolving asks for a rating: let its dialog's code load before the header goes.
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shortcuts.run('tag.apply')).toBeTrue();
    fixture.destroy();
    expect(shortcuts.isActive('chat.resolve')).toBeFalse();
    expect(shortcuts.isActive('tag.apply')).toBeFalse();
  });
});
