import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
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
import { PaytmLink } from './paytm-link';

describe('PaytmLink', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<PaytmLink>;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function render(subject: PanelSubject = DRIVER_SUBJECT): Promise<void> {
    fixture = await renderSection(PaytmLink, apis, subject);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
  }

  async function openDialog(): Promise<MatDialogHarness> {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Send payment link/ }))).click();
    return root.getHarness(MatDialogHarness);
  }

  beforeEach(() => {
    apis = panelApis();
    apis.partner.resendPaytmPaymentLink.and.returnValue(
      of({
        success: true,
        link_id: 'paylink_1',
        sent_to: '+918247385066',
        amount: 2372,
        expires_at: '2026-11-27T12:00:00.000Z',
        message: 'Payment link for ₹2,372 sent to +918247385066: https://pay.example/abc',
      }),
    );
  });

  it('sends the dues only after the executive confirms, then shows the result', async () => {
    await render();
    expect(fixture.nativeElement.textContent).toContain(
      'Venkatesh Mishra has dues of ₹2,372.00 outstanding.',
    );
    expect(fixture.nativeElement.textContent).not.toContain('not to');
    const dialog = await openDialog();
    expect(await dialog.getText()).toContain(
      'A Paytm payment link goes to partner Venkatesh Mishra (DCO10001) on +918247385066.',
    );
    expect(await dialog.getText()).toContain('Outstanding dues of Venkatesh Mishra, ₹2,372.00');
    expect(await dialog.getText()).not.toContain('who is writing');
    expect(apis.partner.resendPaytmPaymentLink).not.toHaveBeenCalled();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Send link' }))).click();
    await fixture.whenStable();
    expect(apis.partner.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20001',
      chat_id: 'chat_s061',
    });
    expect(apis.notes.load).toHaveBeenCalledOnceWith('chat_s061', true);
    const result = fixture.nativeElement.querySelector('.result.ok').textContent;
    expect(result).toContain('Link for ₹2,372.00 sent to Venkatesh Mishra on +918247385066.');
    expect(result).toContain('https://pay.example/abc');
  });

  it('addresses the dues and the link to the partner when one of their drivers writes', async () => {
    await render(FLEET_DRIVER_SUBJECT);
    expect(foldedText(fixture.nativeElement.querySelector('.lead'))).toBe(
      'Venkatesh Mishra has dues of ₹2,372.00 outstanding. The link goes to them, not to Salim Das.',
    );
    const dialog = await openDialog();
    const text = await dialog.getText();
    expect(text).toContain('goes to partner Venkatesh Mishra (DCO10001) on +918247385066');
    expect(text).toContain(
      'Salim Das, who is writing, drives for this partner: the partner pays the dues, so the link goes to them.',
    );
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Send link' }))).click();
    await fixture.whenStable();
    expect(apis.partner.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20001',
      chat_id: 'chat_s081',
    });
    expect(foldedText(fixture.nativeElement.querySelector('.result.ok .headline'))).toContain(
      'sent to Venkatesh Mishra on +918247385066.',
    );
  });

  it('sends nothing when the executive cancels', async () => {
    await render();
    const dialog = await openDialog();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    await fixture.whenStable();
    expect(apis.partner.resendPaytmPaymentLink).not.toHaveBeenCalled();
  });

  it('asks for an amount when the partner has no dues', async () => {
    apis.node.getDcoDetails.and.returnValue(of({ dco: aDco({ wallet_balance: 5000 }) }));
    await render();
    const dialog = await openDialog();
    expect(await dialog.getText()).toContain('Venkatesh Mishra has no dues.');
    const send = await dialog.getHarness(MatButtonHarness.with({ text: 'Send link' }));
    expect(await send.isDisabled()).toBeTrue();
    await (await dialog.getHarness(MatInputHarness)).setValue('750');
    await send.click();
    await fixture.whenStable();
    expect(apis.partner.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20001',
      amount: 750,
      chat_id: 'chat_s061',
    });
  });

  it('lets the executive pick another amount than the dues', async () => {
    await render();
    const dialog = await openDialog();
    await (
      await dialog.getHarness(MatRadioGroupHarness)
    ).checkRadioButton({
      label: 'Another amount',
    });
    const amount = await dialog.getHarness(MatInputHarness);
    await amount.setValue('1000000');
    await amount.blur();
    const send = await dialog.getHarness(MatButtonHarness.with({ text: 'Send link' }));
    expect(await send.isDisabled()).toBeTrue();
    expect(await dialog.getText()).toMatch(/Enter an amount between ₹1 and ₹5,00,000/);
    await (await dialog.getHarness(MatInputHarness)).setValue('500');
    await send.click();
    expect(apis.partner.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20001',
      amount: 500,
      chat_id: 'chat_s061',
    });
  });

  it('shows why the link was not sent', async () => {
    apis.partner.resendPaytmPaymentLink.and.returnValue(
      troubleAt(
        'partnerEnrol',
        'Partner enrol is having trouble right now. Wait a minute, then try again.',
      ),
    );
    await render();
    const dialog = await openDialog();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Send link' }))).click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Partner enrol is having trouble right now.',
    );
  });
});
