import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { Stakeholder, WhatsappTemplate } from '../../../../contract';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { StartConversationDialog } from './start-conversation-dialog';

@Component({
  selector: 'app-start-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

function template(name: string, stakeholder: Stakeholder): WhatsappTemplate {
  return {
    template_id: `t-${name}`,
    name,
    stakeholder,
    category: 'utility',
    language: 'en',
    body: `Hi {{customer_name}}, about ${name}.`,
    variables: ['customer_name'],
  };
}

describe('StartConversationDialog', () => {
  let api: jasmine.SpyObj<PySmartChatApi>;
  let fixture: ComponentFixture<Host>;
  let root: HarnessLoader;

  beforeEach(async () => {
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', [
      'fetchTemplates',
      'sendWhatsappTemplate',
    ]);
    api.fetchTemplates.and.callFake((stakeholder: Stakeholder) =>
      of({
        stakeholder,
        templates: [
          template(stakeholder === 'driver' ? 'trip_assigned' : 'follow_up', stakeholder),
        ],
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(new FakeChatGateway()),
        provideFakeSession(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        { provide: PySmartChatApi, useValue: api },
      ],
    });
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    TestBed.inject(MatDialog).open(StartConversationDialog);
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function numberInput(): Promise<MatInputHarness> {
    return root.getHarness(MatInputHarness.with({ selector: '[data-testid="start-number"]' }));
  }

  async function pickTemplate(name: string): Promise<void> {
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: name });
  }

  /** Lets an awaited answer land, then renders what it changed. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('refuses a number that is not an Indian mobile and sends nothing', async () => {
    await (await numberInput()).setValue('12345');
    await pickTemplate('follow_up');
    await (await root.getHarness(MatButtonHarness.with({ text: 'Send template' }))).click();
    await settle();
    expect(api.sendWhatsappTemplate).not.toHaveBeenCalled();
    expect(
      document.querySelector('app-start-conversation-dialog mat-error')?.textContent,
    ).toContain('+91 followed by 10 digits');
  });

  it('sends the template to the number in +91 form, then offers to open the chat', async () => {
    api.sendWhatsappTemplate.and.returnValue(
      of({
        success: true,
        chat_id: 'chat-9',
        message_id: 'm9',
        to: '+919812345678',
        template_name: 'follow_up',
        sent_at: '2026-11-25T10:00:00.000Z',
      }),
    );
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    await (await numberInput()).setValue('98123 45678');
    await pickTemplate('follow_up');
    await (await root.getHarness(MatButtonHarness.with({ text: 'Send template' }))).click();
    await settle();
    expect(api.sendWhatsappTemplate).toHaveBeenCalledWith('+919812345678', 'follow_up');
    expect(document.querySelector('app-start-conversation-dialog')?.textContent).toContain(
      'sent to +919812345678',
    );
    await (await root.getHarness(MatButtonHarness.with({ text: 'Open chat' }))).click();
    expect(navigate).toHaveBeenCalledWith(['/chats', 'chat-9']);
    await settle();
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });

  it('keeps the number and says why when the template is refused', async () => {
    api.sendWhatsappTemplate.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 422,
            code: 'template_variable_missing',
            backend: 'pySmartChat',
            message: 'Missing variable',
            field: 'variables.pickup_time',
          }),
      ),
    );
    await (await numberInput()).setValue('98123 45678');
    await pickTemplate('follow_up');
    await (await root.getHarness(MatButtonHarness.with({ text: 'Send template' }))).click();
    await settle();
    expect(
      document.querySelector('app-start-conversation-dialog [role="alert"]')?.textContent,
    ).toContain('This template needs the pickup time of +919812345678');
    expect(await (await numberInput()).getValue()).toBe('98123 45678');
    expect(await (await numberInput()).isDisabled()).toBeFalse();
    expect(await root.getAllHarnesses(MatDialogHarness)).toHaveSize(1);
  });

  it('lists the driver templates when the number is a driver', async () => {
    await (await root.getHarness(MatButtonToggleHarness.with({ text: 'Driver' }))).check();
    expect(api.fetchTemplates).toHaveBeenCalledWith('driver');
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['trip_assigned']);
  });
});
