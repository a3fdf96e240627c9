import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { By } from '@angular/platform-browser';
import { MatMenuItem } from '@angular/material/menu';

import { testLoginResponse } from '../api/api-testing';
import { anAssignment } from '../../testing/payload-fixtures';
import { Session } from '../auth/session';
import { FakeChatGateway } from '../../testing/fake-chat-gateway';
import { AlertsMenu } from './alerts-menu';
import { provideShellTesting } from '../../testing/shell-testing';

describe('AlertsMenu', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<AlertsMenu>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: provideShellTesting(gateway),
    });
    TestBed.inject(Session).signIn(testLoginResponse());
    fixture = TestBed.createComponent(AlertsMenu);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  /** Alert rows alive anywhere in the bell's views, shown or not. */
  function liveRows(): number {
    return fixture.debugElement.queryAll(By.directive(MatMenuItem)).length;
  }

  it('keeps no alert rows alive while the list is closed, and shows them when opened', async () => {
    for (let i = 1; i <= 3; i++) {
      gateway.chatAssigned.next(anAssignment({ chat_id: `c${i}`, customer_name: `Customer ${i}` }));
    }
    await fixture.whenStable();
    expect(liveRows()).toBe(0);

    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    const items = await menu.getItems();
    // Three alerts, newest first, then "Clear the list".
    expect(items.length).toBe(4);
    expect(await items[0].getText()).toContain('Customer 3');

    await menu.close();
    // The rows go once the panel's closing animation has ended.
    for (let i = 0; i < 100 && liveRows() > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(liveRows()).toBe(0);
  });
});
