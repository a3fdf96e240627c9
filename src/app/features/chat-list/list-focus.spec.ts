import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatListPage, chatAt } from '../../testing/chat-list-testing';
import { drillDownOf, focusQuery } from './list-focus';

describe('drillDownOf', () => {
  it('reads the dashboard’s links into a focus or a status tab', () => {
    expect(drillDownOf({ filter: 'unassigned' }).focus).toEqual({ kind: 'unassigned' });
    expect(drillDownOf({ filter: 'sla_breached' }).focus).toEqual({ kind: 'sla_breached' });
    expect(drillDownOf({ agent: 'e7' }).focus).toEqual({ kind: 'executive', executiveId: 'e7' });
    expect(drillDownOf({ filter: 'pending' })).toEqual({
      focus: null,
      status: 'pending',
      unknown: null,
    });
    expect(drillDownOf({})).toEqual({ focus: null, status: null, unknown: null });
    expect(drillDownOf({ stakeholder: 'driver', filter: 'unassigned' }).focus).toEqual({
      kind: 'stakeholder',
      stakeholder: 'driver',
      unassigned: true,
    });
    expect(drillDownOf({ stakeholder: 'driver', filter: 'resolved' })).toEqual({
      focus: { kind: 'stakeholder', stakeholder: 'driver', unassigned: false },
      status: 'resolved',
      unknown: null,
    });
  });

  it('names a filter it does not know instead of guessing', () => {
    expect(drillDownOf({ filter: 'overdue' })).toEqual({
      focus: null,
      status: null,
      unknown: 'overdue',
    });
    expect(drillDownOf({ stakeholder: 'partner' }).unknown).toBe('partner');
  });

  it('writes a focus back as the same query', () => {
    expect(focusQuery({ kind: 'executive', executiveId: 'e7' })).toEqual({
      filter: null,
      agent: 'e7',
      stakeholder: null,
    });
    expect(focusQuery({ kind: 'stakeholder', stakeholder: 'driver', unassigned: true })).toEqual({
      filter: 'unassigned',
      agent: null,
      stakeholder: 'driver',
    });
    expect(focusQuery(null)).toEqual({ filter: null, agent: null, stakeholder: null });
  });
});

describe('ListFocusRoute in the chat list', () => {
  let page: ChatListPage;
  const lastRequest = () => page.gateway.fetchAllChatUser.calls.mostRecent().args[0];
  const bar = () => page.host.querySelector('app-list-focus-bar');

  beforeEach(() => {
    page = new ChatListPage();
  });

  it('opens on the unassigned chats from a link, says so, and clears back to all', async () => {
    await page.router.navigateByUrl('/chats?filter=unassigned');
    await page.render([chatAt('u1', 5, { assigned_executive_id: null })], {
      active: 9,
      pending: 3,
      resolved: 0,
    });
    expect(lastRequest()).toEqual(jasmine.objectContaining({ filter: 'unassigned' }));
    expect(bar()?.textContent?.replace(/\s+/g, ' ')).toContain('Unassigned · 12 chats');

    page.button('Clear')!.click();
    await page.settle();
    expect(lastRequest().filter).toBeUndefined();
    expect(page.router.url).toBe('/chats');
    expect(bar()?.textContent?.trim()).toBe('');
  });

  it('opens a new focus on the first tab, and keeps the tab while its chats are opened', async () => {
    await page.router.navigateByUrl('/chats?filter=pending');
    await page.render([chatAt('p1', 5, { assigned_executive_id: null, status: 'pending' })]);
    const store = page.fixture.debugElement.injector.get(ChatListStore);
    await page.router.navigateByUrl('/chats?filter=unassigned');
    await page.settle();
    expect(store.status()).toBe('active');
    store.setStatus('pending');
    await page.router.navigateByUrl('/chats/p1?filter=unassigned');
    await page.settle();
    expect(store.status()).toBe('pending');
  });

  it('keeps the focus in the URL while a chat of the list is opened', async () => {
    await page.router.navigateByUrl('/chats?agent=e7');
    await page.render([chatAt('c1', 5, { assigned_executive_id: 'e7' })]);
    expect(lastRequest().assigned_executive_id).toBe('e7');
    page.option('c1').click();
    await page.settle();
    expect(page.router.url).toBe('/chats/c1?agent=e7');
  });

  it('shows the tab a status link names in everyone’s chats, and leaves the URL clean', async () => {
    await page.router.navigateByUrl('/chats?filter=pending');
    await page.render([]);
    const store = page.fixture.debugElement.injector.get(ChatListStore);
    expect(store.scope()).toBe('all');
    expect(store.status()).toBe('pending');
    expect(page.router.url).toBe('/chats');
  });

  it('opens on a status tab of the driver chats from a figure, and keeps the drivers in the URL', async () => {
    await page.router.navigateByUrl('/chats?stakeholder=driver&filter=pending');
    await page.render([chatAt('d1', 5, { stakeholder: 'driver', status: 'pending' })], {
      active: 4,
      pending: 2,
      resolved: 7,
    });
    const store = page.fixture.debugElement.injector.get(ChatListStore);
    expect(store.status()).toBe('pending');
    expect(lastRequest()).toEqual(
      jasmine.objectContaining({ stakeholder: 'driver', status: 'pending' }),
    );
    expect(page.router.url).toBe('/chats?stakeholder=driver');
    expect(bar()?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Driver and partner chats · 13 chats',
    );
  });

  it('says when a link asks for a list it cannot show', async () => {
    await page.router.navigateByUrl('/chats?filter=overdue');
    await page.render([]);
    expect(bar()?.textContent).toContain('The link asked for “overdue”');
  });
});
