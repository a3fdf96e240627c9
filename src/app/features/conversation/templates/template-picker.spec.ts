import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectionListHarness } from '@angular/material/list/testing';
import { of } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { WhatsappTemplate } from '../../../../contract';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { PickedTemplate, TemplatePicker } from './template-picker';

@Component({
  selector: 'app-picker-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

const TEMPLATES: WhatsappTemplate[] = [
  {
    template_id: 't1',
    name: 'booking_confirmed',
    stakeholder: 'customer',
    category: 'utility',
    language: 'en',
    body: 'Hi {{customer_name}}, booking {{booking_id}} is confirmed.',
    variables: ['customer_name', 'booking_id'],
  },
  {
    template_id: 't2',
    name: 'payment_reminder',
    stakeholder: 'customer',
    category: 'utility',
    language: 'en',
    body: 'Hi {{customer_name}}, please pay {{amount}}.',
    variables: ['customer_name', 'amount'],
  },
];

describe('TemplatePicker', () => {
  let api: jasmine.SpyObj<PySmartChatApi>;
  let fixture: ComponentFixture<Host>;
  let root: HarnessLoader;
  let result: PickedTemplate | undefined | 'open';

  beforeEach(async () => {
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', ['fetchTemplates']);
    api.fetchTemplates.and.returnValue(of({ stakeholder: 'customer', templates: TEMPLATES }));
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(new FakeChatGateway()),
        provideFakeSession(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: PySmartChatApi, useValue: api },
      ],
    });
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    result = 'open';
    TestBed.inject(TemplatePicker)
      .open(aChat({ customer_name: 'Ravi Kumar', stakeholder: 'customer' }))
      .subscribe((picked) => (result = picked));
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function titles(): Promise<string[]> {
    const list = await root.getHarness(MatSelectionListHarness);
    return Promise.all((await list.getItems()).map((item) => item.getTitle()));
  }

  function preview(): HTMLElement {
    return document.querySelector('[data-testid="template-preview"]') as HTMLElement;
  }

  /** Lets an awaited answer land, then renders what it changed. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('loads the templates of the chat stakeholder and filters them by name or body', async () => {
    expect(api.fetchTemplates).toHaveBeenCalledWith('customer');
    expect(await titles()).toEqual(['booking_confirmed', 'payment_reminder']);
    const search = await root.getHarness(
      MatInputHarness.with({ selector: '[data-testid="template-search"]' }),
    );
    await search.setValue('please pay');
    expect(await titles()).toEqual(['payment_reminder']);
    await search.setValue('refund');
    expect(document.querySelector('app-template-picker-dialog')?.textContent).toContain(
      'No template matches',
    );
  });

  it("needs every variable but the greeting's name before sending, with the name prefilled", async () => {
    await (
      await root.getHarness(MatSelectionListHarness)
    ).selectItems({
      title: 'booking_confirmed',
    });
    const name = await root.getHarness(
      MatInputHarness.with({ selector: '[data-variable="customer_name"]' }),
    );
    expect(await name.getValue()).toBe('Ravi');
    const send = await root.getHarness(MatButtonHarness.with({ text: /Send template/ }));
    expect(await send.isDisabled()).toBeTrue();
    expect(preview().textContent).toContain('{{booking_id}}');
    const booking = await root.getHarness(
      MatInputHarness.with({ selector: '[data-variable="booking_id"]' }),
    );
    await booking.setValue('OW12345');
    expect(await send.isDisabled()).toBeFalse();
    // The greeting's name may stay empty: the greeting then names nobody.
    await name.setValue('  ');
    expect(await send.isDisabled()).toBeFalse();
    expect(preview().textContent?.trim()).toBe('Hi, booking OW12345 is confirmed.');
    await name.setValue('Ravi');
    await send.click();
    await settle();
    expect(result).toEqual({
      text: 'Hi Ravi, booking OW12345 is confirmed.',
      templateId: 't1',
      templateName: 'booking_confirmed',
      templateParams: { customer_name: 'Ravi', booking_id: 'OW12345' },
    });
  });

  it('previews values as text, never as markup', async () => {
    await (
      await root.getHarness(MatSelectionListHarness)
    ).selectItems({
      title: 'payment_reminder',
    });
    await (
      await root.getHarness(MatInputHarness.with({ selector: '[data-variable="amount"]' }))
    ).setValue('<b>₹500</b><img src=x>');
    expect(preview().textContent).toBe('Hi Ravi, please pay <b>₹500</b><img src=x>.');
    expect(preview().querySelector('b, img')).toBeNull();
  });

  it('emits undefined when dismissed', async () => {
    await (await root.getHarness(MatDialogHarness)).close();
    await settle();
    expect(result).toBeUndefined();
  });
});
