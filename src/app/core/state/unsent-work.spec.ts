import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Chats, Executive } from '../../../contract';
import { MemoryStorage } from '../api/api-testing';
import { Session } from '../auth/session';
import { SignedInTabs } from '../auth/signed-out-data';
import { TEST_EXECUTIVE } from '../../testing/fake-session';
import { ChatListStore } from './chat-list-store';
import { ConversationStore } from './conversation-store';
import { DraftFlush } from './draft-flush';
import { DraftStore } from './draft-store';
import { NoteDraftStore } from './note-draft-store';
import { OutboxEntry } from './outbox';
import { OUTBOX_STORAGE, OutboxStore } from './outbox-store';
import { UnsentWork } from './unsent-work';

/** A session whose end the spec drives: hooks first, then nobody signed in. */
class EndingSession {
  readonly executive = signal<Executive | null>(TEST_EXECUTIVE);
  readonly expiredNotice = signal(false);
  readonly token = signal('t1');
  private readonly hooks: (() => void)[] = [];

  beforeEnd(hook: () => void): () => void {
    this.hooks.push(hook);
    return () => undefined;
  }

  end(expired: boolean): void {
    this.hooks.forEach((hook) => hook());
    this.executive.set(null);
    this.expiredNotice.set(expired);
  }
}

function entryFor(chatId: string): OutboxEntry {
  return { chatId } as OutboxEntry;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

describe('UnsentWork', () => {
  let session: EndingSession;
  let storage: MemoryStorage;
  let outbox: { entries: ReturnType<typeof signal<OutboxEntry[]>>; holdFor: jasmine.Spy };
  let othersOpen: jasmine.Spy;

  function setUp(): UnsentWork {
    session = new EndingSession();
    storage = new MemoryStorage();
    outbox = { entries: signal<OutboxEntry[]>([]), holdFor: jasmine.createSpy('holdFor') };
    othersOpen = jasmine.createSpy('othersOpen').and.resolveTo(false);
    const open = { chat_id: 'c1', customer_name: 'Ravi Kumar' } as Chats;
    TestBed.configureTestingModule({
      providers: [
        { provide: Session, useValue: session },
        { provide: OUTBOX_STORAGE, useValue: storage },
        { provide: OutboxStore, useValue: outbox },
        { provide: SignedInTabs, useValue: { othersOpen } },
        { provide: ConversationStore, useValue: { chat: signal(open) } },
        {
          provide: ChatListStore,
          useValue: {
            // A customer nobody knows by name: named by number.
            chat: (id: string) =>
              id === 'c2'
                ? { customer_name: 'WhatsApp 0002', customer_number: '+919800000002' }
                : undefined,
          },
        },
      ],
    });
    return TestBed.inject(UnsentWork);
  }

  afterEach(() =>
    ['drafts', 'noteDrafts'].forEach((kind) => localStorage.removeItem(`ccc.${kind}.e1`)),
  );

  it('counts drafts typed a moment ago, notes and replies in the outbox, naming each chat', () => {
    const unsent = setUp();
    TestBed.inject(DraftFlush).register(() => TestBed.inject(DraftStore).save('c2', 'Typed'));
    TestBed.inject(NoteDraftStore).save('c1', 'Called the driver twice.');
    outbox.entries.set([entryFor('c1'), entryFor('c1')]);
    expect(unsent.summary()).toEqual({
      replies: 2,
      drafts: 1,
      notes: 1,
      chats: [
        { chatId: 'c1', name: 'Ravi Kumar', replies: 2, drafts: 0, notes: 1 },
        { chatId: 'c2', name: '+91 98000 00002', replies: 0, drafts: 1, notes: 0 },
      ],
    });
  });

  it('keeps the work for the same executive: the outbox held, and a note told once', () => {
    const unsent = setUp();
    outbox.entries.set([entryFor('c1')]);
    unsent.keep('e1', unsent.summary());
    expect(outbox.holdFor).toHaveBeenCalledOnceWith('e1');
    expect(unsent.takeKeptNote('e2')).toBeNull();
    expect(unsent.takeKeptNote('e1')?.lines).toEqual(["1 unsent reply in Ravi Kumar's chat"]);
    expect(unsent.takeKeptNote('e1')).toBeNull();
  });

  it('keeps nothing and says nothing when nothing is unsent', () => {
    const unsent = setUp();
    unsent.keep('e1', unsent.summary());
    expect(outbox.holdFor).not.toHaveBeenCalled();
    expect(unsent.takeKeptNote('e1')).toBeNull();
  });

  it('keeps the work without asking when the session expires', async () => {
    const unsent = setUp();
    unsent.keepOnExpiry();
    TestBed.tick();
    outbox.entries.set([entryFor('c1')]);
    session.end(true);
    TestBed.tick();
    await settle();
    expect(othersOpen).toHaveBeenCalledWith('e1');
    expect(outbox.holdFor).toHaveBeenCalledOnceWith('e1');
    expect(unsent.takeKeptNote('e1')?.lines).toEqual(["1 unsent reply in Ravi Kumar's chat"]);
  });

  it('leaves the work to another tab still signed in, and to sign-out on a plain sign-out', async () => {
    const unsent = setUp();
    unsent.keepOnExpiry();
    TestBed.tick();
    outbox.entries.set([entryFor('c1')]);
    session.end(false);
    TestBed.tick();
    await settle();
    expect(outbox.holdFor).not.toHaveBeenCalled();

    session.executive.set(TEST_EXECUTIVE);
    session.expiredNotice.set(false);
    TestBed.tick();
    othersOpen.and.resolveTo(true);
    session.end(true);
    TestBed.tick();
    await settle();
    expect(outbox.holdFor).not.toHaveBeenCalled();
    expect(unsent.takeKeptNote('e1')).toBeNull();
  });
});
