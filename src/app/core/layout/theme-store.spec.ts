import { TestBed } from '@angular/core/testing';

import { MemoryStorage } from '../api/api-testing';
import { PREFERENCE_STORAGE } from '../platform/preference-storage';
import { THEME_STORAGE_KEY, ThemeStore } from './theme-store';

describe('ThemeStore', () => {
  let storage: MemoryStorage;
  const root = document.documentElement;

  function setUp(): ThemeStore {
    TestBed.configureTestingModule({
      providers: [{ provide: PREFERENCE_STORAGE, useValue: storage }],
    });
    const store = TestBed.inject(ThemeStore);
    TestBed.tick();
    return store;
  }

  beforeEach(() => (storage = new MemoryStorage()));
  afterEach(() => root.classList.remove('theme-light', 'theme-dark'));

  it('follows the computer by default: no class on <html>', () => {
    const store = setUp();
    expect(store.preference()).toBe('system');
    expect(root.classList.contains('theme-light')).toBeFalse();
    expect(root.classList.contains('theme-dark')).toBeFalse();
  });

  it('forces dark or light with a class on <html>, and remembers the choice', () => {
    const store = setUp();
    store.set('dark');
    TestBed.tick();
    expect(root.classList.contains('theme-dark')).toBeTrue();
    expect(storage.getItem(THEME_STORAGE_KEY)).toBe('"dark"');
    store.set('light');
    TestBed.tick();
    expect(root.classList.contains('theme-light')).toBeTrue();
    expect(root.classList.contains('theme-dark')).toBeFalse();
    store.set('system');
    TestBed.tick();
    expect(root.classList.contains('theme-light')).toBeFalse();
  });

  it('applies the saved choice at start, and ignores a value it does not know', () => {
    storage.setItem(THEME_STORAGE_KEY, '"dark"');
    expect(setUp().preference()).toBe('dark');
    expect(root.classList.contains('theme-dark')).toBeTrue();
    TestBed.resetTestingModule();
    storage.setItem(THEME_STORAGE_KEY, '"purple"');
    expect(setUp().preference()).toBe('system');
  });
});
