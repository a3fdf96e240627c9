import { TestBed } from '@angular/core/testing';

import { PageUsable } from './page-usable';

describe('PageUsable', () => {
  let page: PageUsable;

  beforeEach(() => {
    page = TestBed.inject(PageUsable);
  });

  afterEach(() => {
    document.head
      .querySelectorAll('link[href="deferred-test.css"]')
      .forEach((link) => link.remove());
  });

  /** Resolves once the browser has been idle (after the work `mark` schedules). */
  const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

  it('holds deferred work until the page is marked usable and the browser is idle', async () => {
    const done: string[] = [];
    page.whenSettled(() => done.push('prefetch'));
    await idle();
    expect(done).toEqual([]);
    expect(page.settled()).toBeFalse();

    page.mark();
    await idle();
    await idle();
    expect(page.settled()).toBeTrue();
    expect(done).toEqual(['prefetch']);

    page.whenSettled(() => done.push('later'));
    expect(done).toEqual(['prefetch', 'later']);
  });

  it('adds a deferred stylesheet once, however often it is asked for', async () => {
    page.addStylesheet('deferred-test.css');
    page.addStylesheet('deferred-test.css');
    expect(document.head.querySelectorAll('link[href="deferred-test.css"]').length).toBe(0);
    page.mark();
    await idle();
    await idle();
    expect(document.head.querySelectorAll('link[href="deferred-test.css"]').length).toBe(1);
  });

  it('adds a stylesheet at once when something needs it before the page settled', async () => {
    page.addStylesheet('deferred-test.css');
    page.loadStylesheet('deferred-test.css');
    expect(document.head.querySelectorAll('link[href="deferred-test.css"]').length).toBe(1);
    page.mark();
    await idle();
    await idle();
    expect(document.head.querySelectorAll('link[href="deferred-test.css"]').length).toBe(1);
  });

  it('runs work at the next idle moment even once settled, not at once', async () => {
    page.mark();
    await idle();
    await idle();
    expect(page.settled()).toBeTrue();
    const done: string[] = [];
    page.whenIdle(() => done.push('after the chats'));
    expect(done).toEqual([]);
    await idle();
    await idle();
    expect(done).toEqual(['after the chats']);
  });
});
