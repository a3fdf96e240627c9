import { TestBed } from '@angular/core/testing';

import { MemoryStorage } from '../api/api-testing';
import { SignedInTabs, executiveDataKeys, forgetSignedOutData } from './signed-out-data';

function memoryStorage(entries: Record<string, string>): Storage {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(entries)) {
    storage.setItem(key, value);
  }
  return storage;
}

function keysOf(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
}

describe('forgetSignedOutData', () => {
  const local = () =>
    memoryStorage({
      'ccc.drafts.exec_1': '{"chat_1":"Hello"}',
      'ccc.outbox.exec_1': '[]',
      'ccc.read.exec_1': '{}',
      'ccc.drafts.exec_2': '{"chat_9":"Not mine"}',
      'ccc.theme': 'dark',
      'ccc.alert-settings': '{}',
      'other.app': 'x',
    });
  const tab = () => memoryStorage({ 'ccc.session': '{}', 'ccc.alerts': '[]', 'other.tab': 'y' });

  it('forgets the executive’s drafts, outbox and read marks, and everything of this tab', () => {
    const shared = local();
    const own = tab();
    forgetSignedOutData({ executiveId: 'exec_1', local: shared, tab: own, otherTabsOpen: false });
    expect(keysOf(shared).sort()).toEqual([
      'ccc.alert-settings',
      'ccc.drafts.exec_2',
      'ccc.theme',
      'other.app',
    ]);
    expect(keysOf(own)).toEqual(['other.tab']);
  });

  it('keeps the shared work while another tab of the executive is still signed in', () => {
    const shared = local();
    const own = tab();
    const removed = forgetSignedOutData({
      executiveId: 'exec_1',
      local: shared,
      tab: own,
      otherTabsOpen: true,
    });
    expect(keysOf(shared)).toContain('ccc.drafts.exec_1');
    expect(keysOf(shared)).toContain('ccc.outbox.exec_1');
    expect(removed.sort()).toEqual(['ccc.alerts', 'ccc.session']);
  });

  it('keeps the unsent drafts and outbox, not the read marks, when the executive keeps them', () => {
    const shared = local();
    shared.setItem('ccc.kept.exec_1', '{}');
    forgetSignedOutData({
      executiveId: 'exec_1',
      local: shared,
      tab: tab(),
      otherTabsOpen: false,
      keepUnsent: true,
    });
    expect(keysOf(shared)).toContain('ccc.drafts.exec_1');
    expect(keysOf(shared)).toContain('ccc.outbox.exec_1');
    expect(keysOf(shared)).toContain('ccc.kept.exec_1');
    expect(keysOf(shared)).not.toContain('ccc.read.exec_1');
  });

  it('copes with a browser that refuses storage', () => {
    expect(
      forgetSignedOutData({ executiveId: 'exec_1', local: null, tab: null, otherTabsOpen: false }),
    ).toEqual([]);
  });

  it('names the keys the stores write', () => {
    expect(executiveDataKeys('exec_7')).toEqual([
      'ccc.drafts.exec_7',
      'ccc.noteDrafts.exec_7',
      'ccc.outbox.exec_7',
      'ccc.read.exec_7',
      'ccc.kept.exec_7',
    ]);
  });
});

describe('SignedInTabs', () => {
  function tabs(): SignedInTabs {
    return TestBed.runInInjectionContext(() => new SignedInTabs());
  }

  it('tells whether another tab is signed in as the same executive', async () => {
    const here = tabs();
    const other = tabs();
    here.hold('exec_tabs');
    expect(await here.othersOpen('exec_tabs')).toBeFalse();
    other.hold('exec_tabs');
    expect(await here.othersOpen('exec_tabs')).toBeTrue();
    other.hold(null);
    // The browser releases a lock a moment after it is let go.
    let open = true;
    for (let i = 0; i < 100 && open; i++) {
      open = await here.othersOpen('exec_tabs');
    }
    expect(open).toBeFalse();
    here.hold(null);
  });
});
