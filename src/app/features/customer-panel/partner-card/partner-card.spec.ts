import { ComponentFixture } from '@angular/core/testing';

import {
  DRIVER_SUBJECT,
  PanelApis,
  panelApis,
  renderSection,
  troubleAt,
} from '../testing/panel-testing';
import { PartnerCard } from './partner-card';

describe('PartnerCard', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<PartnerCard>;

  async function render(): Promise<void> {
    fixture = await renderSection(PartnerCard, apis, DRIVER_SUBJECT);
  }

  function copyButtons(): string[] {
    return [...fixture.nativeElement.querySelectorAll('app-copyable-value button')].map(
      (b: HTMLElement) => b.getAttribute('aria-label')!,
    );
  }

  beforeEach(() => (apis = panelApis()));

  it('shows the partner with copyable ids, numbers and cab numbers', async () => {
    await render();
    expect(fixture.nativeElement.textContent).toContain('Venkatesh Mishra');
    expect(fixture.nativeElement.textContent).toContain('KYC verified');
    expect(copyButtons()).toEqual([
      'Copy partner id PTR20001',
      'Copy DCO id DCO10001',
      "Copy partner's phone number +918247385066",
      'Copy email venkatesh.travels1@example.in',
      'Copy cab number KA01AB1234',
      'Copy Home number +919934340356',
      'Copy Office number +916888458899',
    ]);
  });

  it('keeps the partner when the other numbers fail', async () => {
    apis.partner.getAlternateNumbers.and.returnValue(
      troubleAt('partnerEnrol', 'Partner enrol is having trouble right now.'),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain('Venkatesh Mishra');
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Partner enrol is having trouble right now.',
    );
  });
});
