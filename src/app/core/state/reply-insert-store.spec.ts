import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ConversationStore } from './conversation-store';
import { DraftStore } from './draft-store';
import { ReplyInsertStore, appendSentence } from './reply-insert-store';

describe('ReplyInsertStore', () => {
  let chatId: ReturnType<typeof signal<string | null>>;
  let drafts: Map<string, string>;
  let store: ReplyInsertStore;

  beforeEach(() => {
    chatId = signal<string | null>('c1');
    drafts = new Map();
    TestBed.configureTestingModule({
      providers: [
        { provide: ConversationStore, useValue: { chatId } },
        {
          provide: DraftStore,
          useValue: {
            draftFor: (id: string) => drafts.get(id) ?? '',
            save: (id: string, text: string) => drafts.set(id, text),
          },
        },
      ],
    });
    store = TestBed.inject(ReplyInsertStore);
  });

  it("hands the sentence to the open chat's composer", () => {
    const c1 = jasmine.createSpy('c1');
    const c2 = jasmine.createSpy('c2');
    store.register('c1', c1);
    store.register('c2', c2);
    expect(store.insert('Your driver is Salim Das.')).toBeTrue();
    expect(c1).toHaveBeenCalledWith('Your driver is Salim Das.');
    expect(c2).not.toHaveBeenCalled();
  });

  it("adds to the chat's stored draft when no composer shows it", () => {
    drafts.set('c1', 'Hi Ravi,');
    const remove = store.register('c1', jasmine.createSpy('gone'));
    remove();
    store.insert('Your cab number is KA01AB1234.');
    expect(drafts.get('c1')).toBe('Hi Ravi, Your cab number is KA01AB1234.');
  });

  it('does nothing without an open chat', () => {
    chatId.set(null);
    expect(store.insert('x')).toBeFalse();
  });

  it('appends as the next sentence', () => {
    expect(appendSentence('', ' Hello. ')).toBe('Hello.');
    expect(appendSentence('Hi,  \n', 'Your cab is here.')).toBe('Hi, Your cab is here.');
    expect(appendSentence('Hi', '  ')).toBe('Hi');
  });
});
