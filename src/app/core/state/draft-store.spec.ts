import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Executive } from '../../../contract';
import { Session } from '../auth/session';
import { TEST_EXECUTIVE } from '../../testing/fake-session';
import { DraftStore } from './draft-store';

describe('DraftStore', () => {
  const executive = signal<Executive | null>(TEST_EXECUTIVE);
  const token = signal<string | null>('t1');

  function setUp(): DraftStore {
    executive.set(TEST_EXECUTIVE);
    token.set('t1');
    TestBed.configureTestingModule({
      providers: [{ provide: Session, useValue: { executive, token } }],
    });
    return TestBed.inject(DraftStore);
  }

  afterEach(() => localStorage.removeItem('ccc.drafts.e1'));

  it('keeps each chat’s draft under the executive’s own key, listing chats oldest first', () => {
    const drafts = setUp();
    drafts.save('c2', 'First');
    drafts.save('c1', 'Second');
    expect(drafts.chatsWithDrafts()).toEqual(['c2', 'c1']);
    expect(Object.keys(JSON.parse(localStorage.getItem('ccc.drafts.e1')!))).toEqual(['c2', 'c1']);
    drafts.clear('c2');
    expect(drafts.chatsWithDrafts()).toEqual(['c1']);
  });

  it('reads storage afresh at each sign-in: drafts discarded at sign-out do not come back', () => {
    const drafts = setUp();
    drafts.save('c1', 'Discarded at sign-out');
    executive.set(null);
    token.set(null);
    localStorage.removeItem('ccc.drafts.e1');
    executive.set(TEST_EXECUTIVE);
    token.set('t2');
    expect(drafts.draftFor('c1')).toBe('');
  });

  it('shows another executive none of the drafts kept for the one before', () => {
    const drafts = setUp();
    drafts.save('c1', 'Kept for Asha');
    executive.set({ ...TEST_EXECUTIVE, executive_id: 'e2', name: 'Vikram Singh' });
    token.set('t2');
    expect(drafts.draftFor('c1')).toBe('');
    expect(drafts.chatsWithDrafts()).toEqual([]);
    executive.set(TEST_EXECUTIVE);
    token.set('t3');
    expect(drafts.draftFor('c1')).toBe('Kept for Asha');
  });
});
