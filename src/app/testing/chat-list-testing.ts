import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Router, provideRouter } from '@angular/router';
import { ToastrService } from 'ngx-toastr';
import { of } from 'rxjs';

import { Chats } from '../../contract';
import { MemoryStorage } from '../core/api/api-testing';
import { ChatList } from '../features/chat-list/chat-list';
import { READ_MARKS_STORAGE } from '../features/chat-list/state/chat-read-store';
import { FakeChatGateway, emptyPage, provideFakeChatGateway } from './fake-chat-gateway';
import { provideFakeSession } from './fake-session';
import { aChat } from './payload-fixtures';
import { nextFrame } from './next-frame';

// A selector of its own: an anonymous component may share its generated id with another.
@Component({ selector: 'app-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

/** `minute` past ten on the specs' day, as the back end writes it. */
export function at(minute: number): string {
  return `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;
}

/** A chat whose activity is `minute` past ten; higher minutes sort first. */
export function chatAt(id: string, minute: number, overrides: Partial<Chats> = {}): Chats {
  return aChat({
    chat_id: id,
    customer_name: `Customer ${id}`,
    updated_at: at(minute),
    ...overrides,
  });
}

/**
 * The chat list in a test bed: the fake gateway, a signed-in executive, `/chats/:chatId` routes
 * and read marks in memory. Call in `beforeEach`; `render` or `create` puts the list on the page.
 */
export class ChatListPage {
  readonly gateway = new FakeChatGateway();
  fixture!: ComponentFixture<ChatList>;
  loader!: HarnessLoader;
  host!: HTMLElement;

  constructor() {
    TestBed.configureTestingModule({
      // Imported, so that compileComponents resolves its lazily loaded menus.
      imports: [ChatList],
      providers: [
        provideFakeChatGateway(this.gateway),
        provideFakeSession(),
        { provide: ToastrService, useValue: jasmine.createSpyObj('ToastrService', ['success']) },
        provideRouter([
          {
            path: 'chats',
            children: [
              { path: '', component: Blank },
              { path: ':chatId', component: Blank },
            ],
          },
        ]),
        { provide: READ_MARKS_STORAGE, useValue: new MemoryStorage() },
      ],
    });
  }

  get router(): Router {
    return TestBed.inject(Router);
  }

  /** Lets rendering, the virtual scroll's frame and what follows it finish. */
  async settle(): Promise<void> {
    await this.fixture.whenStable();
    await nextFrame();
    await this.fixture.whenStable();
  }

  /** Creates the list (600 px tall) with what the gateway answers already set up. */
  async create(height = '600px'): Promise<void> {
    // Menus load on first use (@defer): their metadata resolves here.
    await TestBed.compileComponents();
    this.fixture = TestBed.createComponent(ChatList);
    this.host = this.fixture.nativeElement as HTMLElement;
    this.host.style.height = height;
    this.loader = TestbedHarnessEnvironment.loader(this.fixture);
    await this.settle();
  }

  /** Creates the list with one page of `chats`. */
  async render(
    chats: Chats[],
    counts = { active: chats.length, pending: 0, resolved: 0 },
  ): Promise<void> {
    this.gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats, counts })));
    await this.create();
  }

  /** The chat ids of the rendered rows, top to bottom. */
  shownIds(): string[] {
    return [...this.host.querySelectorAll('[role="option"]')].map(
      (option) => option.getAttribute('data-chat-id') ?? '',
    );
  }

  /** The option element of chat `id`. */
  option(id: string): HTMLElement {
    return this.host.querySelector(`[data-chat-id="${id}"]`) as HTMLElement;
  }

  listbox(): HTMLElement {
    return this.host.querySelector('[role="listbox"]') as HTMLElement;
  }

  body(): HTMLElement {
    return this.host.querySelector('.body') as HTMLElement;
  }

  /** The "N new" / "List updated" button, while the order is held. */
  pill(): HTMLButtonElement | null {
    return this.host.querySelector('.pill');
  }

  /** The first button whose text has `text`. */
  button(text: string): HTMLButtonElement | undefined {
    return [...this.host.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  }

  async roomUpdate(chat: Chats): Promise<void> {
    this.gateway.roomUpdate.next(chat);
    await this.settle();
  }
}
