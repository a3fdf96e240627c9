import { ComponentFixture, TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PartnerStore } from '../state/partner-store';
import { PanelApis, panelApis, providePanelTesting } from '../testing/panel-testing';
import { PartnerCard } from './partner-card';

describe('PartnerCard', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<PartnerCard>;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({ providers: providePanelTesting(apis) });
    fixture = TestBed.createComponent(PartnerCard);
    TestBed.inject(PartnerStore).open({
      chatId: 'chat_s061',
      number: '+918247385066',
      name: 'Venkatesh Mishra',
      stakeholder: 'driver',
    });
    await fixture.whenStable();
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
      throwError(
        () =>
          new ApiError({
            status: 503,
            code: 'server_error',
            backend: 'partnerEnrol',
            message: 'Partner enrol is having trouble right now.',
          }),
      ),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain('Venkatesh Mishra');
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Partner enrol is having trouble right now.',
    );
  });
});
