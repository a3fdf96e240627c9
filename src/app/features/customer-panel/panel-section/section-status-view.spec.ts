import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';

import { SectionState } from '../state/section-resource';
import { SectionStatusView } from './section-status-view';

describe('SectionStatusView', () => {
  let fixture: ComponentFixture<SectionStatusView>;
  let reload: jasmine.Spy;

  async function show(state: SectionState<unknown>): Promise<void> {
    fixture.componentRef.setInput('section', { snapshot: signal(state), reload });
    await fixture.whenStable();
  }

  beforeEach(() => {
    reload = jasmine.createSpy('reload');
    fixture = TestBed.createComponent(SectionStatusView);
    fixture.componentRef.setInput('what', 'the rides');
  });

  it('shows a skeleton while the first load runs', async () => {
    await show({ status: 'loading', value: null, error: null });
    expect(fixture.nativeElement.querySelector('app-section-skeleton')).not.toBeNull();
    expect(fixture.nativeElement.textContent).toContain('Loading the rides');
  });

  it('shows a bar, not a skeleton, while a shown value reloads', async () => {
    await show({ status: 'loading', value: ['ride'], error: null });
    const loader = TestbedHarnessEnvironment.loader(fixture);
    expect(await loader.hasHarness(MatProgressBarHarness)).toBeTrue();
    expect(fixture.nativeElement.querySelector('app-section-skeleton')).toBeNull();
  });

  it('shows the error with a retry that loads the section again', async () => {
    await show({ status: 'error', value: null, error: 'Node admin is down. Try again.' });
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Node admin is down. Try again.',
    );
    const retry = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: 'Try again' }),
    );
    await retry.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows nothing once the content is there', async () => {
    await show({ status: 'ready', value: ['ride'], error: null });
    expect(fixture.nativeElement.textContent.trim()).toBe('');
  });
});
