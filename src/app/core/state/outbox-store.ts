import {
  DestroyRef,
  Injectable,
  InjectionToken,
  Injector,
  Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Observable, Subject } from 'rxjs';

import { Message } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import { executiveDataKey } from '../auth/signed-out-data';
import { browserStorage } from '../platform/preference-storage';
import {
  KEPT_REASON,
  OutboxEntry,
  OutgoingMessage,
  SendFailure,
  enqueue,
  holdAll,
  isTransient,
  nextDue,
  nextWakeUp,
  readOutbox,
  recordFailure,
  removeEntry,
  requeue,
  wakeAll,
} from './outbox';

/**
 * Where the outbox is kept: `localStorage`, so a send outlives a reload, a crash and the tab, and
 * every tab of the executive sees the same entries. Null when the browser refuses storage; the
 * outbox then lives in memory for the tab.
 */
export const OUTBOX_STORAGE = new InjectionToken<Storage | null>('OutboxStorage', {
  providedIn: 'root',
  factory: () => browserStorage('localStorage'),
});

/**
 * Claims the right to send for one executive among the tabs of this browser: calls `granted` once
 * this tab holds it, and gives it up when `signal` aborts. The default holds a Web Lock, which the
 * browser passes to another tab when this one closes or crashes.
 */
export type ClaimLeadership = (name: string, signal: AbortSignal, granted: () => void) => void;

/** How the outbox elects the one tab that sends; specs replace it. */
export const OUTBOX_LEADERSHIP = new InjectionToken<ClaimLeadership>('OutboxLeadership', {
  providedIn: 'root',
  factory: () => webLockLeadership,
});

function webLockLeadership(name: string, signal: AbortSignal, granted: () => void): void {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    // Without Web Locks every tab sends; the server's dedupe by client id still stores each once.
    granted();
    return;
  }
  locks
    .request(name, { signal }, () => {
      granted();
      return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    })
    .catch(() => undefined);
}

/**
 * Takes a send the stack refused because a colleague has the chat (`forbidden`); returns whether
 * it took it (its text is back in the reply box), so it leaves the outbox instead of failing there.
 */
export type OwnershipRefusalHandler = (entry: OutboxEntry, reason: string) => boolean;

/**
 * The executive's outbox: every reply goes through it. An entry is written to storage before the
 * first attempt, sent with its client message id, retried with backoff on network failures, and
 * removed only when the server acknowledges it, so a reload or a crash replays it and the server's
 * dedupe by client id stores it once. Among several tabs of one executive only the tab holding the
 * outbox lock sends; the others write their entries and follow the shared storage.
 */
@Injectable({ providedIn: 'root' })
export class OutboxStore {
  private readonly gateway = inject(ChatGateway);
  private readonly session = inject(Session);
  private readonly storage = inject(OUTBOX_STORAGE);
  private readonly claim = inject(OUTBOX_LEADERSHIP);
  private readonly state = signal<readonly OutboxEntry[]>([]);
  private readonly delivered$ = new Subject<Message>();
  private readonly leader = signal(false);
  private key: string | null = null;
  private inFlight: string | null = null;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private connected = false;
  private release: AbortController | null = null;
  private refusalHandler: OwnershipRefusalHandler | null = null;

  /** Every unacknowledged send of the signed-in executive, oldest first. */
  readonly entries: Signal<readonly OutboxEntry[]> = this.state.asReadonly();
  /** Whether this tab is the one that sends (it holds the outbox lock). */
  readonly isLeader: Signal<boolean> = this.leader.asReadonly();
  /** How many sends wait for the server. */
  readonly pendingCount = computed(() => this.state().filter((e) => e.state === 'pending').length);
  /** Messages the server acknowledged for a send of this tab. */
  readonly delivered: Observable<Message> = this.delivered$.asObservable();

  constructor() {
    const destroyRef = inject(DestroyRef);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key === this.key) {
        this.reload();
      }
    };
    globalThis.addEventListener?.('storage', onStorage);
    const subscription = this.gateway.connectionState.subscribe((state) => {
      const wasConnected = this.connected;
      this.connected = state === 'connected';
      if (this.connected && !wasConnected) {
        this.write(wakeAll(this.state(), Date.now()));
        this.drain();
      }
    });
    this.switchTo(untracked(() => this.session.executive()?.executive_id ?? null));
    effect(
      () => {
        const id = this.session.executive()?.executive_id ?? null;
        untracked(() => this.switchTo(id));
      },
      { injector: inject(Injector) },
    );
    destroyRef.onDestroy(() => {
      globalThis.removeEventListener?.('storage', onStorage);
      subscription.unsubscribe();
      this.switchTo(null);
    });
  }

  /**
   * Queues a reply for a chat and returns its client message id. The entry is stored before it is
   * sent, so it survives a reload even if the first attempt never leaves the browser.
   */
  add(chatId: string, message: OutgoingMessage): string | null {
    const executive = this.session.executive();
    this.switchTo(executive?.executive_id ?? null);
    if (!executive || this.key === null) {
      return null;
    }
    const clientMessageId = crypto.randomUUID();
    const now = Date.now();
    this.mutate((entries) =>
      enqueue(entries, {
        clientMessageId,
        chatId,
        message,
        senderId: executive.executive_id,
        senderName: executive.name,
        createdAt: new Date(now).toISOString(),
        attempts: 0,
        nextAttemptAt: now,
        state: 'pending',
        error: null,
      }),
    );
    this.drain();
    return clientMessageId;
  }

  /**
   * Hands the sends the stack refuses for ownership to `handler` (the conversation puts the reply
   * back in the box and offers Take over); returns the function that stops it. Without one, such a
   * send stays failed for the executive to retry.
   */
  handOwnershipRefusals(handler: OwnershipRefusalHandler): () => void {
    this.refusalHandler = handler;
    return () => {
      if (this.refusalHandler === handler) {
        this.refusalHandler = null;
      }
    };
  }

  /** Sends a failed entry again, with the same client message id. */
  retry(clientMessageId: string): void {
    this.mutate((entries) => requeue(entries, clientMessageId, Date.now()));
    this.drain();
  }

  /**
   * Holds every pending send of `executiveId` (the session that queued them is ending, and the
   * executive keeps them): they stay in storage, and go out only once the executive, signed in
   * again, sees them in their chats and presses Retry. Never sent under another executive's name:
   * each executive's outbox has its own key.
   */
  holdFor(executiveId: string): void {
    const key = executiveDataKey('outbox', executiveId);
    if (key === this.key) {
      this.mutate((entries) => holdAll(entries, KEPT_REASON));
      return;
    }
    try {
      const held = holdAll(readOutbox(this.storage?.getItem(key) ?? null, Date.now()), KEPT_REASON);
      if (held.length > 0) {
        this.storage?.setItem(key, JSON.stringify(held));
      }
    } catch {
      // Storage refused: nothing of theirs is stored to hold.
    }
  }

  /** Whether this client id is still waiting in the outbox. */
  holds(clientMessageId: string): boolean {
    return this.state().some((e) => e.clientMessageId === clientMessageId);
  }

  private switchTo(executiveId: string | null): void {
    const key = executiveId ? executiveDataKey('outbox', executiveId) : null;
    if (key === this.key) {
      return;
    }
    this.release?.abort();
    this.release = null;
    this.leader.set(false);
    this.clearWake();
    this.inFlight = null;
    this.key = key;
    this.reload();
    if (key === null) {
      return;
    }
    const release = new AbortController();
    this.release = release;
    this.claim(`${key}.sender`, release.signal, () => {
      if (this.release === release) {
        this.leader.set(true);
        // A new sender (a reload, or a hand-over from a closed tab) tries what is left at once.
        this.mutate((entries) => wakeAll(entries, Date.now()));
        this.drain();
      }
    });
  }

  private reload(): void {
    const raw = this.key === null ? null : this.read();
    this.state.set(this.key === null ? [] : readOutbox(raw, Date.now()));
    this.drain();
  }

  /** Applies a change to what storage holds now, so another tab's entries are never overwritten. */
  private mutate(change: (entries: readonly OutboxEntry[]) => OutboxEntry[]): void {
    const current = this.storage && this.key ? readOutbox(this.read(), Date.now()) : this.state();
    this.write(change(current));
  }

  private write(entries: readonly OutboxEntry[]): void {
    this.state.set(entries);
    if (!this.storage || this.key === null) {
      return;
    }
    try {
      if (entries.length === 0) {
        this.storage.removeItem(this.key);
      } else {
        this.storage.setItem(this.key, JSON.stringify(entries));
      }
    } catch {
      // Storage full or refused: the entries still go out from this tab's memory.
    }
  }

  private read(): string | null {
    try {
      return this.key ? (this.storage?.getItem(this.key) ?? null) : null;
    } catch {
      return null;
    }
  }

  /** Sends the next due entry, one at a time, while this tab leads and the socket is up. */
  private drain(): void {
    if (!this.leader() || this.inFlight !== null || this.key === null) {
      return;
    }
    this.clearWake();
    const now = Date.now();
    const entry = nextDue(this.state(), now);
    if (!entry) {
      const wake = nextWakeUp(this.state());
      if (wake !== null) {
        this.wakeTimer = setTimeout(() => this.drain(), Math.max(0, wake - now));
      }
      return;
    }
    const key = this.key;
    const id = entry.clientMessageId;
    this.inFlight = id;
    let answered = false;
    const done = () => {
      if (this.inFlight === id && this.key === key) {
        this.inFlight = null;
        this.drain();
      }
    };
    this.gateway
      .sendMessage({
        chat_id: entry.chatId,
        client_message_id: id,
        message: entry.message.text,
        ...(entry.message.templateId
          ? {
              template_id: entry.message.templateId,
              template_params: entry.message.templateParams ?? {},
            }
          : {}),
      })
      .subscribe({
        next: (sent) => {
          answered = true;
          if (this.key === key) {
            this.mutate((entries) => removeEntry(entries, id));
            this.delivered$.next(sent);
          }
          done();
        },
        error: (error: unknown) => {
          answered = true;
          if (this.key === key) {
            this.fail(id, error);
          }
          done();
        },
        complete: () => {
          if (!answered) {
            if (this.key === key) {
              this.fail(id, GatewayError.badResponse('send_message'));
            }
            done();
          }
        },
      });
  }

  private fail(clientMessageId: string, error: unknown): void {
    const entry = this.state().find((e) => e.clientMessageId === clientMessageId);
    if (
      entry &&
      error instanceof GatewayError &&
      error.code === 'forbidden' &&
      this.refusalHandler?.(entry, error.message)
    ) {
      this.mutate((entries) => removeEntry(entries, clientMessageId));
      return;
    }
    const failure: SendFailure =
      error instanceof GatewayError
        ? {
            transient: isTransient(error.code),
            offline: error.code === 'offline',
            reason: error.message,
          }
        : { transient: true, offline: false, reason: 'Not sent yet. Trying again shortly.' };
    this.mutate((entries) => recordFailure(entries, clientMessageId, failure, Date.now()));
  }

  private clearWake(): void {
    if (this.wakeTimer !== null) {
      clearTimeout(this.wakeTimer);
      this.wakeTimer = null;
    }
  }
}
