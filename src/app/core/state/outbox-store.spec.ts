import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { FakeChatGateway, MemoryStorage } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aMessage } from '../../testing/payload-fixtures';
import { Message } from '../../../contract';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import { KEPT_REASON } from './outbox';
import { OUTBOX_LEADERSHIP, OUTBOX_STORAGE, OutboxStore } from './outbox-store';

/** One browser tab: its own gateway and outbox, sharing the browser's storage and locks. */
function openTab(storage: Storage, lockPrefix: string) {
  const gateway = new FakeChatGateway();
  const injector = createEnvironmentInjector(
    [
      { provide: ChatGateway, useValue: gateway },
      { provide: OUTBOX_STORAGE, useValue: storage },
      {
        provide: OUTBOX_LEADERSHIP,
        useValue: (name: string, signal: AbortSignal, granted: () => void) =>
          void navigator.locks
            .request(`${lockPrefix}:${name}`, { signal }, () => {
              granted();
              return new Promise<void>((resolve) =>
                signal.addEventListener('abort', () => resolve()),
              );
            })
            .catch(() => undefined),
      },
      provideFakeSession(),
      OutboxStore,
    ],
    TestBed.inject(EnvironmentInjector),
  );
  return { gateway, outbox: injector.get(OutboxStore), close: () => injector.destroy() };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

/** Waits until a tab holds the outbox lock (the browser grants it asynchronously). */
async function leading(tab: { outbox: OutboxStore }): Promise<void> {
  for (let i = 0; i < 100 && !tab.outbox.isLeader(); i++) {
    await settle();
  }
}

describe('OutboxStore', () => {
  let storage: MemoryStorage;
  let lockPrefix: string;

  beforeEach(() => {
    storage = new MemoryStorage();
    lockPrefix = crypto.randomUUID();
  });

  it('stores a send before it goes out and forgets it on the acknowledgement', async () => {
    const tab = openTab(storage, lockPrefix);
    await leading(tab);
    const ack = new Subject<Message>();
    tab.gateway.sendMessage.and.returnValue(ack);
    const id = tab.outbox.add('c1', { text: 'On the way' })!;
    expect(JSON.parse(storage.getItem('ccc.outbox.e1')!)[0].clientMessageId).toBe(id);
    expect(tab.gateway.sendMessage).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1', client_message_id: id, message: 'On the way' }),
    );
    ack.next(aMessage({ client_message_id: id }));
    expect(storage.getItem('ccc.outbox.e1')).toBeNull();
    expect(tab.outbox.entries()).toEqual([]);
    tab.close();
  });

  it('sends again after a reload with the same client id', async () => {
    const first = openTab(storage, lockPrefix);
    await leading(first);
    first.gateway.sendMessage.and.returnValue(new Subject<Message>());
    const id = first.outbox.add('c1', { text: 'Sent before the reload' })!;
    first.close();

    const reloaded = openTab(storage, lockPrefix);
    reloaded.gateway.sendMessage.and.returnValue(of(aMessage({ client_message_id: id })));
    expect(reloaded.outbox.entries().map((e) => [e.clientMessageId, e.state])).toEqual([
      [id, 'pending'],
    ]);
    await leading(reloaded);
    expect(reloaded.gateway.sendMessage).toHaveBeenCalledOnceWith(
      jasmine.objectContaining({ client_message_id: id }),
    );
    expect(reloaded.outbox.entries()).toEqual([]);
    reloaded.close();
  });

  it('lets only one tab of the executive send, and hands over when it closes', async () => {
    const a = openTab(storage, lockPrefix);
    await leading(a);
    const b = openTab(storage, lockPrefix);
    await settle();
    expect(a.outbox.isLeader()).toBeTrue();
    expect(b.outbox.isLeader()).toBeFalse();

    a.gateway.sendMessage.and.returnValue(
      throwError(() => new GatewayError('offline', 'Offline.', 'send_message')),
    );
    const id = b.outbox.add('c1', { text: 'Written in the second tab' })!;
    expect(b.gateway.sendMessage).not.toHaveBeenCalled();
    // The first tab learns of it through the storage event the browser fires between tabs.
    window.dispatchEvent(new StorageEvent('storage', { key: 'ccc.outbox.e1' }));
    expect(a.gateway.sendMessage).toHaveBeenCalledOnceWith(
      jasmine.objectContaining({ client_message_id: id }),
    );

    b.gateway.sendMessage.and.returnValue(of(aMessage({ client_message_id: id })));
    a.close();
    await leading(b);
    expect(b.outbox.isLeader()).toBeTrue();
    expect(b.gateway.sendMessage).toHaveBeenCalledOnceWith(
      jasmine.objectContaining({ client_message_id: id }),
    );
    expect(b.outbox.entries()).toEqual([]);
    b.close();
  });

  it('waits for the connection after an offline failure, then sends at once', async () => {
    const tab = openTab(storage, lockPrefix);
    await leading(tab);
    tab.gateway.sendMessage.and.returnValue(
      throwError(() => new GatewayError('offline', 'Offline.', 'send_message')),
    );
    const id = tab.outbox.add('c1', { text: 'Hello' })!;
    expect(tab.outbox.entries()[0]).toEqual(
      jasmine.objectContaining({ state: 'pending', attempts: 0 }),
    );
    tab.gateway.sendMessage.and.returnValue(of(aMessage({ client_message_id: id })));
    tab.gateway.state.next('reconnecting');
    tab.gateway.state.next('connected');
    expect(tab.gateway.sendMessage).toHaveBeenCalledTimes(2);
    expect(tab.outbox.entries()).toEqual([]);
    tab.close();
  });

  it('keeps a refused send as failed until the executive retries it', async () => {
    const tab = openTab(storage, lockPrefix);
    await leading(tab);
    tab.gateway.sendMessage.and.returnValue(
      throwError(() => new GatewayError('forbidden', 'Not your chat.', 'send_message')),
    );
    const id = tab.outbox.add('c1', { text: 'Hello' })!;
    expect(tab.outbox.entries()[0]).toEqual(
      jasmine.objectContaining({ state: 'failed', error: 'Not your chat.' }),
    );
    tab.gateway.sendMessage.and.returnValue(of(aMessage({ client_message_id: id })));
    tab.outbox.retry(id);
    expect(tab.outbox.entries()).toEqual([]);
    tab.close();
  });

  it('holds the sends of an executive who keeps them, here and in storage, never sending them', async () => {
    const tab = openTab(storage, lockPrefix);
    tab.gateway.sendMessage.and.returnValue(new Subject<Message>());
    // Not leading yet: the send waits in the outbox.
    tab.outbox.add('c1', { text: 'Queued before sign-out' });
    tab.outbox.holdFor('e1');
    expect(tab.outbox.entries()[0]).toEqual(
      jasmine.objectContaining({ state: 'failed', error: KEPT_REASON }),
    );
    expect(JSON.parse(storage.getItem('ccc.outbox.e1')!)[0].state).toBe('failed');
    await leading(tab);
    expect(tab.gateway.sendMessage).not.toHaveBeenCalled();

    const other = JSON.parse(storage.getItem('ccc.outbox.e1')!);
    storage.setItem('ccc.outbox.e2', JSON.stringify([{ ...other[0], state: 'pending' }]));
    tab.outbox.holdFor('e2');
    expect(JSON.parse(storage.getItem('ccc.outbox.e2')!)[0].state).toBe('failed');
    tab.close();
  });

  it('hands a send refused for ownership to whoever puts it back in the reply box', async () => {
    const tab = openTab(storage, lockPrefix);
    await leading(tab);
    const taken: string[] = [];
    const stop = tab.outbox.handOwnershipRefusals((entry, reason) => {
      taken.push(`${entry.message.text} / ${reason}`);
      return true;
    });
    tab.gateway.sendMessage.and.returnValue(
      throwError(() => new GatewayError('forbidden', 'Assigned to Priya Sharma.', 'send_message')),
    );
    tab.outbox.add('c1', { text: 'Hello' });
    expect(taken).toEqual(['Hello / Assigned to Priya Sharma.']);
    expect(tab.outbox.entries()).toEqual([]);
    expect(storage.getItem('ccc.outbox.e1')).toBeNull();

    // Without a taker the refused send stays, failed, for the executive to retry.
    stop();
    tab.outbox.add('c1', { text: 'Hello again' });
    expect(tab.outbox.entries()[0]).toEqual(
      jasmine.objectContaining({ state: 'failed', error: 'Assigned to Priya Sharma.' }),
    );
    tab.close();
  });
});
