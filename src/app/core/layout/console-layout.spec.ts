import { BreakpointObserver } from '@angular/cdk/layout';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { MemoryStorage } from '../api/api-testing';
import { Executive } from '../../../contract';
import { PREFERENCE_STORAGE } from '../platform/preference-storage';
import { TEST_EXECUTIVE, provideFakeSession } from '../../testing/fake-session';
import { FakeBreakpoints } from '../../testing/fake-breakpoints';
import { ConsoleLayout, LAYOUT_KEY_PREFIX } from './console-layout';

describe('ConsoleLayout', () => {
  let window: FakeBreakpoints;
  let storage: MemoryStorage;
  const executive = signal<Executive | null>(TEST_EXECUTIVE);

  function setUp(width: number): ConsoleLayout {
    window = new FakeBreakpoints();
    window.resize(width);
    TestBed.configureTestingModule({
      providers: [
        provideFakeSession(executive),
        { provide: BreakpointObserver, useValue: window.observer },
        { provide: PREFERENCE_STORAGE, useValue: storage },
      ],
    });
    return TestBed.inject(ConsoleLayout);
  }

  beforeEach(() => {
    storage = new MemoryStorage();
    executive.set(TEST_EXECUTIVE);
  });

  it('shows the customer panel from 1280 px and folds it away below', () => {
    const layout = setUp(1440);
    expect(layout.panelOpen()).toBeTrue();
    window.resize(1152);
    expect(layout.narrow()).toBeTrue();
    expect(layout.panelOpen()).toBeFalse();
  });

  it('keeps the panel open in a narrow window once the executive opened it, and remembers it', () => {
    const layout = setUp(1152);
    layout.togglePanel();
    expect(layout.panelOpen()).toBeTrue();
    expect(JSON.parse(storage.getItem(`${LAYOUT_KEY_PREFIX}e1`)!)).toEqual({
      customerPanel: 'open',
    });
    window.resize(1024);
    expect(layout.panelOpen()).toBeTrue();
  });

  it('keeps a closed panel closed in a wide window', () => {
    const layout = setUp(1920);
    layout.setPanelOpen(false);
    window.resize(1920);
    expect(layout.panelOpen()).toBeFalse();
  });

  it('reads the choice of the executive signed in, not another one', () => {
    storage.setItem(`${LAYOUT_KEY_PREFIX}e1`, JSON.stringify({ customerPanel: 'open' }));
    const layout = setUp(1152);
    expect(layout.panelOpen()).toBeTrue();
    executive.set({ ...TEST_EXECUTIVE, executive_id: 'e2' });
    expect(layout.panelOpen()).toBeFalse();
  });

  it('ignores a stored value it cannot read', () => {
    storage.setItem(`${LAYOUT_KEY_PREFIX}e1`, '{"customerPanel":"sideways"}');
    const layout = setUp(1440);
    expect(layout.panelChoice()).toBe('auto');
    expect(layout.panelOpen()).toBeTrue();
  });

  it('in one-pane mode opens the panel as a drawer that is not remembered', () => {
    const layout = setUp(768);
    expect(layout.onePane()).toBeTrue();
    expect(layout.panelOpen()).toBeFalse();
    layout.togglePanel();
    expect(layout.panelOpen()).toBeTrue();
    expect(layout.panelAsDrawer()).toBeTrue();
    expect(storage.getItem(`${LAYOUT_KEY_PREFIX}e1`)).toBeNull();
  });
});
