import { TestBed } from '@angular/core/testing';

import { ShortcutRegistry } from './shortcut-registry';

describe('ShortcutRegistry', () => {
  let registry: ShortcutRegistry;
  let host: HTMLElement;

  beforeEach(() => {
    registry = TestBed.inject(ShortcutRegistry);
    host = document.createElement('div');
    document.body.appendChild(host);
  });

  afterEach(() => host.remove());

  /** Dispatches a real keydown on `target`; the registry sees it like the shell's listener does. */
  function keydown(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    const listener = (e: Event) => registry.handleKeydown(e as KeyboardEvent);
    document.addEventListener('keydown', listener);
    target.dispatchEvent(event);
    document.removeEventListener('keydown', listener);
    return event;
  }

  function element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
  ): HTMLElementTagNameMap[K] {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      el.setAttribute(name, value);
    }
    host.appendChild(el);
    return el;
  }

  it('runs the registered handler and stops the browser default', () => {
    const next = jasmine.createSpy('next');
    registry.register('chat.next', next);
    const event = keydown(element('button'), 'j');
    expect(next).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBeTrue();
  });

  it('lets a key through when nothing is registered for it', () => {
    const event = keydown(element('div'), 'e');
    expect(event.defaultPrevented).toBeFalse();
  });

  it('ignores letters typed into text fields', () => {
    const resolve = jasmine.createSpy('resolve');
    const search = jasmine.createSpy('search');
    registry.register('chat.resolve', resolve);
    registry.register('search.focus', search);
    const typed = [
      keydown(element('input', { type: 'text' }), 'e'),
      keydown(element('textarea'), 'e'),
      keydown(element('div', { contenteditable: 'true' }), '/'),
      keydown(element('div', { role: 'combobox' }), 'e'),
    ];
    expect(resolve).not.toHaveBeenCalled();
    expect(search).not.toHaveBeenCalled();
    expect(typed.every((event) => !event.defaultPrevented)).toBeTrue();
  });

  it('still works from a checkbox, which takes no typing', () => {
    const resolve = jasmine.createSpy('resolve');
    registry.register('chat.resolve', resolve);
    keydown(element('input', { type: 'checkbox' }), 'e');
    expect(resolve).toHaveBeenCalled();
  });

  it('sends with Ctrl+Enter or Cmd+Enter from inside the composer', () => {
    const send = jasmine.createSpy('send');
    registry.register('composer.send', send);
    const composer = element('textarea');
    expect(keydown(composer, 'Enter', { ctrlKey: true }).defaultPrevented).toBeTrue();
    keydown(composer, 'Enter', { metaKey: true });
    keydown(composer, 'Enter');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('leaves keys inside dialogs and menus to them', () => {
    const resolve = jasmine.createSpy('resolve');
    registry.register('chat.resolve', resolve);
    const overlay = element('div', { class: 'cdk-overlay-container' });
    const button = document.createElement('button');
    overlay.appendChild(button);
    keydown(button, 'e');
    expect(resolve).not.toHaveBeenCalled();
  });

  it('does not repeat one-off actions while a key is held, but does move through chats', () => {
    const resolve = jasmine.createSpy('resolve');
    const next = jasmine.createSpy('next');
    registry.register('chat.resolve', resolve);
    registry.register('chat.next', next);
    const target = element('div');
    keydown(target, 'e', { repeat: true });
    keydown(target, 'j', { repeat: true });
    expect(resolve).not.toHaveBeenCalled();
    expect(next).toHaveBeenCalled();
  });

  it('runs the latest registration, and the previous one again once it is removed', () => {
    const list = jasmine.createSpy('list');
    const dialog = jasmine.createSpy('dialog');
    registry.register('chat.next', list);
    const unregister = registry.register('chat.next', dialog);
    keydown(element('div'), 'j');
    expect(dialog).toHaveBeenCalledTimes(1);
    expect(list).not.toHaveBeenCalled();
    unregister();
    keydown(element('div'), 'j');
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('forgets a handler once unregistered', () => {
    const note = jasmine.createSpy('note');
    const unregister = registry.register('note.add', note);
    expect(registry.isActive('note.add')).toBeTrue();
    unregister();
    expect(registry.isActive('note.add')).toBeFalse();
    const event = keydown(element('div'), 'n');
    expect(note).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBeFalse();
  });

  it('lets a handler decline, leaving the key to the page', () => {
    registry.register('composer.send', () => false);
    const event = keydown(element('textarea'), 'Enter', { ctrlKey: true });
    expect(event.defaultPrevented).toBeFalse();
  });

  it('runs a shortcut by id without a key press', () => {
    const tag = jasmine.createSpy('tag');
    registry.register('tag.apply', tag);
    expect(registry.run('tag.apply')).toBeTrue();
    expect(registry.run('chat.resolve')).toBeFalse();
    expect(tag).toHaveBeenCalled();
  });
});
