import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';

import { ConnectionState } from '../realtime/chat-gateway';
import { ConnectionBanner, bannerText } from './connection-banner';

describe('ConnectionBanner', () => {
  async function render(state: ConnectionState, detail: string | null = null) {
    const fixture = TestBed.createComponent(ConnectionBanner);
    fixture.componentRef.setInput('state', state);
    fixture.componentRef.setInput('detail', detail);
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

  it('says when it is offline, why, and offers to reconnect', async () => {
    const fixture = await render('offline', 'The chat server closed the connection.');
    const banner = (fixture.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(banner?.textContent).toContain('Offline: check your connection');
    expect(banner?.textContent).toContain('The chat server closed the connection.');
    let asked = 0;
    fixture.componentInstance.reconnect.subscribe(() => asked++);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reconnect' }))).click();
    expect(asked).toBe(1);
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
    expect(bannerText('reconnecting', 'idle', false)).toBe('Reconnecting… your changes are kept');
    expect(bannerText('connected', 'refreshing', false)).toContain('refreshing every chat');
    expect(bannerText('connected', 'idle', false)).toBeNull();
  });
});
