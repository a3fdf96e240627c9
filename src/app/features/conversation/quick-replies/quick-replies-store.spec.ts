import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Executive } from '../../../../contract';
import { PREFERENCE_STORAGE } from '../../../core/platform/preference-storage';
import { TEST_EXECUTIVE, provideFakeSession } from '../../../testing/fake-session';
import { QUICK_REPLIES_FETCH, QuickRepliesStore, ownRepliesKey } from './quick-replies-store';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** Waits until the team's replies have been fetched and checked. */
async function loaded(store: QuickRepliesStore): Promise<void> {
  for (let i = 0; i < 100 && store.loading(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('QuickRepliesStore', () => {
  let executive: ReturnType<typeof signal<Executive | null>>;
  let storage: MemoryStorage;
  let fetchFn: jasmine.Spy;

  function setUp(body = '{"replies":[{"id":"refund","title":"Refund","body":"Soon."}]}') {
    executive = signal<Executive | null>(TEST_EXECUTIVE);
    storage = new MemoryStorage();
    fetchFn = jasmine
      .createSpy('fetch')
      .and.callFake(() => Promise.resolve(new Response(body, { status: 200 })));
    TestBed.configureTestingModule({
      providers: [
        provideFakeSession(executive),
        { provide: PREFERENCE_STORAGE, useValue: storage },
        { provide: QUICK_REPLIES_FETCH, useValue: fetchFn },
      ],
    });
    return TestBed.inject(QuickRepliesStore);
  }

  it('fetches the team replies once, on first use', async () => {
    const store = setUp();
    expect(fetchFn).not.toHaveBeenCalled();
    store.load();
    store.load();
    await loaded(store);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(store.replies().map((r) => r.title)).toEqual(['Refund']);
    expect(store.problems()).toEqual([]);
  });

  it('shows the problems of a bad file and keeps the own replies working', async () => {
    const store = setUp('{"replies":[{"id":"x","title":"","body":"b"}]}');
    store.saveOwn('Blocked account', 'Your account is being checked.');
    store.load();
    await loaded(store);
    expect(store.problems()).toEqual([jasmine.stringContaining('Reply 1 ("x")')]);
    expect(store.replies().map((r) => r.title)).toEqual(['Blocked account']);
  });

  it('keeps own replies per executive, in localStorage, newest first', () => {
    const store = setUp();
    expect(store.saveOwn('Late cab', 'Sorry {customer_name}, {driver_name} is late.')).toBeNull();
    expect(store.saveOwn('Thanks', 'Thank you!')).toBeNull();
    expect(store.own().map((r) => r.title)).toEqual(['Thanks', 'Late cab']);
    expect(store.own().every((r) => r.own)).toBeTrue();
    const saved = JSON.parse(storage.getItem(ownRepliesKey('e1'))!) as { body: string }[];
    expect(saved[1].body).toBe('Sorry {customer_name}, {driver_name} is late.');

    executive.set({ ...TEST_EXECUTIVE, executive_id: 'e2' });
    expect(store.own()).toEqual([]);
    executive.set(TEST_EXECUTIVE);
    expect(store.own().length).toBe(2);
  });

  it('deletes an own reply, and refuses an empty one', () => {
    const store = setUp();
    store.saveOwn('Late cab', 'Sorry.');
    expect(store.saveOwn(' ', 'x')).toBe('Give the reply a title and some text.');
    store.deleteOwn(store.own()[0].id);
    expect(store.own()).toEqual([]);
    expect(storage.getItem(ownRepliesKey('e1'))).toBe('[]');
  });
});
