import { ComponentFixture, TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PartnerStore } from '../state/partner-store';
import { aDco } from '../testing/panel-fixtures';
import { PanelApis, panelApis, providePanelTesting } from '../testing/panel-testing';
import { DcoAccount } from './dco-account';

describe('DcoAccount', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<DcoAccount>;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({ providers: providePanelTesting(apis) });
    fixture = TestBed.createComponent(DcoAccount);
    TestBed.inject(PartnerStore).open({
      chatId: 'chat_s062',
      number: '+916023793653',
      name: 'Venkatesh Yadav',
      stakeholder: 'driver',
    });
    await fixture.whenStable();
  }

  function wallet(): string {
    return fixture.nativeElement.querySelector('.wallet').textContent.replace(/\s+/g, ' ');
  }

  beforeEach(() => (apis = panelApis()));

  it('shows a negative wallet as dues in rupees', async () => {
    await render();
    expect(wallet()).toContain('Dues to pay');
    expect(wallet()).toContain('₹2,372.00');
  });

  it('shows a positive wallet as the balance', async () => {
    apis.node.getDcoDetails.and.returnValue(of({ dco: aDco({ wallet_balance: 123456 }) }));
    await render();
    expect(wallet()).toContain('Wallet balance');
    expect(wallet()).toContain('₹1,23,456.00');
  });

  it('explains that it waits for the partner when partner enrol is down', async () => {
    apis.partner.getPartner.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 503,
            code: 'server_error',
            backend: 'partnerEnrol',
            message: 'Partner enrol is having trouble.',
          }),
      ),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain(
      'The DCO account shows once the partner details load.',
    );
    expect(apis.node.getDcoDetails).not.toHaveBeenCalled();
  });
});
