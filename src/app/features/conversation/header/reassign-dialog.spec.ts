import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectionListHarness } from '@angular/material/list/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { of, throwError } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ChatAssignment, Config } from '../../../../contract';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { ReassignDialog, ReassignDialogData } from './reassign-dialog';

@Component({
  selector: 'app-reassign-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

const CONFIG: Config = {
  ...DEFAULT_CHAT_CONFIG,
  executives: [
    { executive_id: 'e1', name: 'Asha Verma', status: 'online' },
    { executive_id: 'e3', name: 'Karan Mehta', status: 'offline' },
    { executive_id: 'e2', name: 'Priya Nair', status: 'online' },
  ],
  reassign_reasons: ['Shift ending', 'Needs a driver specialist'],
};

const ASSIGNMENT: ChatAssignment = {
  chat_id: 'c1',
  customer_number: '+919800000001',
  customer_name: 'Ravi Kumar',
  stakeholder: 'customer',
  executive_id: 'e2',
  executive_name: 'Priya Nair',
  previous_executive_id: 'e1',
  reason: 'Shift ending',
  assigned_at: '2026-11-25T10:00:00.000Z',
};

describe('ReassignDialog', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<Host>;
  let root: HarnessLoader;
  let closedWith: ChatAssignment | undefined | 'open';

  async function open(
    config: Config = CONFIG,
    chat = aChat({ assigned_executive_id: 'e1', assigned_executive_name: 'Asha' }),
  ): Promise<void> {
    TestBed.inject(ConfigStore);
    gateway.configResponse.next(config);
    const ref = TestBed.inject(MatDialog).open<ReassignDialog, ReassignDialogData, ChatAssignment>(
      ReassignDialog,
      { data: { chat } },
    );
    closedWith = 'open';
    ref.afterClosed().subscribe((value) => (closedWith = value));
    await fixture.whenStable();
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: PySmartChatApi, useValue: {} },
      ],
    });
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  /** Lets an awaited answer land, then renders what it changed. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('lists the other executives, online first, without the current assignee', async () => {
    await open();
    const list = await root.getHarness(MatSelectionListHarness);
    const items = await list.getItems();
    const titles = await Promise.all(items.map((i) => i.getTitle()));
    expect(titles).toEqual(['Priya Nair', 'Karan Mehta']);
    expect(await items[1].getFullText()).toContain('Offline');
  });

  it('needs someone and a reason before reassigning, then sends both', async () => {
    await open();
    gateway.reassignChat.and.returnValue(of(ASSIGNMENT));
    const submit = await root.getHarness(MatButtonHarness.with({ text: 'Reassign' }));
    expect(await submit.isDisabled()).toBeTrue();
    await (await root.getHarness(MatSelectionListHarness)).selectItems({ title: 'Priya Nair' });
    expect(await submit.isDisabled()).toBeTrue();
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Shift ending' });
    expect(await submit.isDisabled()).toBeFalse();
    await (await root.getHarness(MatInputHarness)).setValue('Promised a callback at 6');
    await submit.click();
    await settle();
    expect(gateway.reassignChat).toHaveBeenCalledWith({
      chat_id: 'c1',
      to_executive_id: 'e2',
      reason: 'Shift ending: Promised a callback at 6',
    });
    expect(closedWith).toEqual(ASSIGNMENT);
  });

  it('assigns a chat nobody has, to any executive, with a reason', async () => {
    await open(CONFIG, aChat({ assigned_executive_id: null, assigned_executive_name: null }));
    expect(await (await root.getHarness(MatDialogHarness)).getTitleText()).toBe('Assign chat');
    const items = await (await root.getHarness(MatSelectionListHarness)).getItems();
    expect(items.length).toBe(3);
    gateway.reassignChat.and.returnValue(of(ASSIGNMENT));
    await (await root.getHarness(MatSelectionListHarness)).selectItems({ title: 'Priya Nair' });
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Shift ending' });
    await (await root.getHarness(MatButtonHarness.with({ text: 'Assign' }))).click();
    await settle();
    expect(gateway.reassignChat).toHaveBeenCalledWith(
      jasmine.objectContaining({ to_executive_id: 'e2', reason: 'Shift ending' }),
    );
  });

  it('asks for the reason in full when "Other" is picked', async () => {
    await open();
    gateway.reassignChat.and.returnValue(of(ASSIGNMENT));
    await (await root.getHarness(MatSelectionListHarness)).selectItems({ title: 'Karan Mehta' });
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: /Other/ });
    const submit = await root.getHarness(MatButtonHarness.with({ text: 'Reassign' }));
    expect(await submit.isDisabled()).toBeTrue();
    await (await root.getHarness(MatInputHarness)).setValue('Speaks Tamil');
    await submit.click();
    expect(gateway.reassignChat).toHaveBeenCalledWith(
      jasmine.objectContaining({ to_executive_id: 'e3', reason: 'Speaks Tamil' }),
    );
  });

  it('takes a free-text reason when the config has no reasons', async () => {
    await open({ ...CONFIG, reassign_reasons: [] });
    expect(await root.getAllHarnesses(MatSelectHarness)).toEqual([]);
    await (await root.getHarness(MatSelectionListHarness)).selectItems({ title: 'Priya Nair' });
    const submit = await root.getHarness(MatButtonHarness.with({ text: 'Reassign' }));
    expect(await submit.isDisabled()).toBeTrue();
    await (await root.getHarness(MatInputHarness)).setValue('Language');
    expect(await submit.isDisabled()).toBeFalse();
  });

  it('stays open and shows the gateway error', async () => {
    await open();
    gateway.reassignChat.and.returnValue(
      throwError(
        () =>
          new GatewayError(
            'forbidden',
            'You can only reassign chats assigned to you.',
            'reassign_chat',
          ),
      ),
    );
    await (await root.getHarness(MatSelectionListHarness)).selectItems({ title: 'Priya Nair' });
    const select = await root.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Shift ending' });
    await (await root.getHarness(MatButtonHarness.with({ text: 'Reassign' }))).click();
    await settle();
    expect(closedWith).toBe('open');
    expect(document.querySelector('app-reassign-dialog [role="alert"]')?.textContent).toContain(
      'You can only reassign chats assigned to you.',
    );
  });
});
