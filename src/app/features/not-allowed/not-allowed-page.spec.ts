import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';

import NotAllowedPage from './not-allowed-page';

describe('NotAllowedPage', () => {
  it('says the page is for supervisors and links back to the chats', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotAllowedPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.textContent).toContain('This page is for supervisors.');
    expect(page.textContent).toContain('Go back to your chats.');
    const link = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: 'Go to my chats' }),
    );
    expect(await (await link.host()).getAttribute('href')).toBe('/chats');
  });
});
