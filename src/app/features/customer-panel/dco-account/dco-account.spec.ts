import { ComponentFixture } from '@angular/core/testing';
import { of } from 'rxjs';

import { aDco } from '../testing/panel-fixtures';
import { PanelSubject } from '../state/panel-subject';
import {
  DRIVER_SUBJECT,
  FLEET_DRIVER_SUBJECT,
  PanelApis,
  foldedText,
  panelApis,
  renderSection,
  troubleAt,
} from '../testing/panel-testing';
import { DcoAccount } from './dco-account';

describe('DcoAccount', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<DcoAccount>;

  async function render(subject: PanelSubject = DRIVER_SUBJECT): Promise<void> {
    fixture = await renderSection(DcoAccount, apis, subject);
  }

  function wallet(): string {
    return foldedText(fixture.nativeElement.querySelector('.wallet'));
  }

  beforeEach(() => (apis = panelApis()));

  it('shows a negative wallet as dues in rupees', async () => {
    await render();
    expect(wallet()).toContain('Dues to pay');
    expect(wallet()).not.toContain('of partner');
    expect(wallet()).toContain('₹2,372.00');
  });

  it('says whose dues they are when one of the partner’s drivers writes', async () => {
    await render(FLEET_DRIVER_SUBJECT);
    expect(wallet()).toContain('Dues of partner Venkatesh Mishra');
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
      troubleAt('partnerEnrol', 'Partner enrol is having trouble.'),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain(
      'The DCO account shows once the partner details load.',
    );
    expect(apis.node.getDcoDetails).not.toHaveBeenCalled();
  });
});
