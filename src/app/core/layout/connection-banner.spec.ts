import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';

import { ConnectionCause, ConnectionState } from '../realtime/chat-gateway';
import { CAUSE_BANNER_TEXT, ConnectionBanner, bannerText } from './connection-banner';

describe('ConnectionBanner', () => {
  async function render(state: ConnectionState, cause: ConnectionCause | null = null) {
    const fixture = TestBed.createComponent(ConnectionBanner);
    fixture.componentRef.setInput('state', state);
    fixture.componentRef.setInput('cause', cause);
    await fixture.whenStable();
    return fixture;
  }

  it('shows nothing while live', async () => {
    const fixture = await render('connected');
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
  });

  it('tells the executive their changes are kept while reconnecting', async () => {
    const fixture = await render('reconnecting');
    const banner = (fixture.nativeElement as HTMLElement).querySelector('[role=status]');
    expect(banner?.textContent).toContain('Reconnecting… your changes are kept');
  });

  it('says a server that went away is reconnecting by itself, and offers to retry now', async () => {
    const fixture = await render('reconnecting', 'server-closed');
    const banner = (fixture.nativeElement as HTMLElement).querySelector('[role=status]');
    expect(banner?.textContent).toContain('The chat server closed the connection');
    expect(banner?.textContent).toContain('Reconnecting by itself');
    expect(banner?.textContent).not.toContain('check your connection');
    expect(banner?.textContent).not.toContain('Reload');
    let asked = 0;
    fixture.componentInstance.retry.subscribe(() => asked++);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry now' }))).click();
    expect(asked).toBe(1);
  });

  it('blames the network only when the browser has none', () => {
    expect(bannerText('reconnecting', 'idle', false, 'no-network')).toContain('no network');
    for (const cause of ['server-closed', 'unreachable', 'refused', 'network'] as const) {
      expect(bannerText('reconnecting', 'idle', false, cause)).toBe(CAUSE_BANNER_TEXT[cause]);
      expect(CAUSE_BANNER_TEXT[cause]).not.toContain('cable');
    }
  });

  it('never asks for a reload, and offers no retry once signed out', async () => {
    const fixture = await render('offline');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Not connected');
    expect(element.textContent).not.toContain('Reload');
    expect(element.querySelector('button')).toBeNull();
  });

  it('says it is connecting on the way in', async () => {
    const fixture = await render('connecting');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Connecting to the chat server',
    );
  });

  it('says it is catching up after a reconnect, then that it is live', async () => {
    const fixture = await render('connected');
    fixture.componentRef.setInput('phase', 'catching-up');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Back online: fetching what you missed');
    fixture.componentRef.setInput('phase', 'live');
    await fixture.whenStable();
    expect(element.textContent).toContain('Live: chats are up to date');
    expect(element.querySelector('[data-sync]')?.getAttribute('data-sync')).toBe('live');
  });

  it('warns that data may be out of date after a long time offline', () => {
    expect(bannerText('reconnecting', 'idle', true)).toContain('may be out of date');
    expect(bannerText('reconnecting', 'idle', true, 'server-closed')).toContain(
      'Reconnecting by itself',
    );
    expect(bannerText('reconnecting', 'idle', false)).toBe('Reconnecting… your changes are kept');
    expect(bannerText('connected', 'refreshing', false)).toContain('refreshing every chat');
    expect(bannerText('connected', 'idle', false)).toBeNull();
  });
});
