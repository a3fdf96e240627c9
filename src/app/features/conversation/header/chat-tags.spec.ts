import { HarnessLoader, TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatChipGridHarness } from '@angular/material/chips/testing';
import { Subject, of } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { TagUpdate } from '../../../core/api/models';
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

  it('removes a tag with remove_tag', async () => {
    gateway.removeTag.and.returnValue(of(update('Refund', 'removed', [])));
    const grid = await loader.getHarness(MatChipGridHarness);
    const [chip] = await grid.getRows();
    expect(await chip.getText()).toBe('Refund');
    await chip.remove();
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
    const rows = await (await loader.getHarness(MatChipGridHarness)).getRows();
    expect(await rows[1].isDisabled()).toBeTrue();
    expect(await rows[1].getText()).toContain('Payment link');
  });

  it('does not offer tags the chat already has', async () => {
    const auto = await loader.getHarness(MatAutocompleteHarness);
    await auto.enterText('ref');
    const options = await auto.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['No tag matches']);
  });

  it('refuses a typed tag that is not in the list, and Enter takes the highlighted one', async () => {
    gateway.applyTag.and.returnValue(of(update('VIP', 'applied', ['Refund', 'VIP'])));
    const input = (await (await loader.getHarness(MatChipGridHarness)).getInput())!;
    await input.setValue('Urgent');
    await input.sendSeparatorKey(TestKey.ENTER);
    expect(gateway.applyTag).not.toHaveBeenCalled();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('is not in the tag list');
    await input.setValue('vip');
    await input.sendSeparatorKey(TestKey.ENTER);
    expect(gateway.applyTag).toHaveBeenCalledOnceWith({ chat_id: 'c1', tag: 'VIP' });
  });
});
