import { HarnessLoader, TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { Subject, of } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { TagUpdate } from '../../../../contract';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { ChatTags } from './chat-tags';

function update(tag: string, action: TagUpdate['action'], tags: string[]): TagUpdate {
  return {
    chat_id: 'c1',
    tag,
    action,
    tags,
    updated_by: 'e1',
    updated_at: '2026-11-25T10:00:00.000Z',
  };
}

describe('ChatTags', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<ChatTags>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: PySmartChatApi, useValue: {} },
      ],
    });
    TestBed.inject(ConfigStore);
    gateway.configResponse.next({
      ...DEFAULT_CHAT_CONFIG,
      tags: ['Refund', 'Payment issue', 'Payment link', 'VIP'],
    });
    fixture = TestBed.createComponent(ChatTags);
    fixture.componentRef.setInput('chat', aChat({ tags: ['Refund'] }));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** The tags as listed: their visible name, and whether each can be removed. */
  function tags(): { name: string; removable: boolean }[] {
    const list = element().querySelector('[role=list][aria-label="Tags of this chat"]')!;
    return [...list.querySelectorAll('li')].map((item) => ({
      name: item.querySelector('.name')!.textContent!.trim(),
      removable: item.querySelector<HTMLButtonElement>('button:enabled') !== null,
    }));
  }

  it('removes a tag with remove_tag', async () => {
    gateway.removeTag.and.returnValue(of(update('Refund', 'removed', [])));
    expect(tags()).toEqual([{ name: 'Refund', removable: true }]);
    element().querySelector<HTMLButtonElement>('button[aria-label="Remove tag Refund"]')!.click();
    expect(gateway.removeTag).toHaveBeenCalledWith({ chat_id: 'c1', tag: 'Refund' });
  });

  it('suggests tags from the list the chat does not have, and applies the picked one', async () => {
    const ack = new Subject<TagUpdate>();
    gateway.applyTag.and.returnValue(ack);
    const auto = await loader.getHarness(MatAutocompleteHarness);
    await auto.enterText('pay');
    const options = await auto.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'Payment issue',
      'Payment link',
    ]);
    await auto.selectOption({ text: 'Payment link' });
    expect(gateway.applyTag).toHaveBeenCalledWith({ chat_id: 'c1', tag: 'Payment link' });
    await fixture.whenStable();
    expect(tags()).toEqual([
      { name: 'Refund', removable: true },
      { name: 'Payment link…', removable: false },
    ]);
    expect(element().querySelectorAll('li')[1].textContent).toContain('(adding)');
  });

  it('does not offer tags the chat already has', async () => {
    const auto = await loader.getHarness(MatAutocompleteHarness);
    await auto.enterText('ref');
    const options = await auto.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['No tag matches']);
  });

  it('refuses a typed tag that is not in the list, and Enter takes the highlighted one', async () => {
    gateway.applyTag.and.returnValue(of(update('VIP', 'applied', ['Refund', 'VIP'])));
    const auto = await loader.getHarness(MatAutocompleteHarness);
    const input = await auto.host();
    await auto.enterText('Urgent');
    await input.sendKeys(TestKey.ENTER);
    expect(gateway.applyTag).not.toHaveBeenCalled();
    expect(element().textContent).toContain('is not in the tag list');
    await input.clear();
    await auto.enterText('vip');
    // The refusal closed the suggestions; they reopen and highlight their first one a task later.
    await new Promise((resolve) => setTimeout(resolve));
    await input.sendKeys(TestKey.ENTER);
    expect(gateway.applyTag).toHaveBeenCalledOnceWith({ chat_id: 'c1', tag: 'VIP' });
  });

  it('shows a refused tag below the field, and clears it on the next input', async () => {
    const auto = await loader.getHarness(MatAutocompleteHarness);
    const input = await auto.host();
    await auto.enterText('Urgent');
    await input.sendKeys(TestKey.ENTER);
    await fixture.whenStable();
    const alert = element().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('“Urgent” is not in the tag list.');
    expect(await auto.isOpen()).toBeFalse();
    expect(await input.getAttribute('aria-describedby')).toBe(alert!.id);
    await input.sendKeys('x');
    await fixture.whenStable();
    expect(element().querySelector('[role=alert]')).toBeNull();
    expect(element().textContent).not.toContain('is not in the tag list');
  });

  it('clears a refused tag message once a tag is added', async () => {
    gateway.applyTag.and.returnValue(of(update('VIP', 'applied', ['Refund', 'VIP'])));
    const auto = await loader.getHarness(MatAutocompleteHarness);
    const input = await auto.host();
    await auto.enterText('Urgent');
    await input.sendKeys(TestKey.ENTER);
    await fixture.whenStable();
    expect(element().querySelector('[role=alert]')).not.toBeNull();
    await input.clear();
    await auto.enterText('vip');
    await auto.selectOption({ text: 'VIP' });
    await fixture.whenStable();
    expect(gateway.applyTag).toHaveBeenCalledOnceWith({ chat_id: 'c1', tag: 'VIP' });
    expect(element().querySelector('[role=alert]')).toBeNull();
  });
});
