import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Config } from '../../../contract';
import { ChatGateway } from '../realtime/chat-gateway';

/** Used until the gateway answers `config`, so the console is usable at once. */
export const DEFAULT_CHAT_CONFIG: Config = {
  statuses: ['active', 'pending', 'resolved'],
  executives: [],
  tags: [],
  reassign_reasons: [],
  sla: { first_reply_seconds: 300, next_reply_seconds: 600, warning_seconds: 60 },
  whatsapp_window_hours: 24,
  max_message_length: 4096,
  page_size: 50,
};

/** The options the gateway's `config` answer gives the console: statuses, executives, tags, limits. */
@Injectable({ providedIn: 'root' })
export class ConfigStore {
  private readonly gateway = inject(ChatGateway);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<Config>(DEFAULT_CHAT_CONFIG);
  private readonly received = signal(false);

  /** The current chat configuration. */
  readonly config = this.state.asReadonly();
  /** Whether the gateway has answered at least once. */
  readonly loaded = this.received.asReadonly();
  /** Executives a chat can be reassigned to. */
  readonly executives = computed(() => this.state().executives);
  /** The tag names executives can apply. */
  readonly tags = computed(() => this.state().tags);

  constructor() {
    this.gateway
      .onConfigResponse()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((config) => this.apply(config));
    this.gateway
      .onExecutiveStatus()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((update) =>
        this.state.update((c) => ({
          ...c,
          executives: c.executives.map((e) =>
            e.executive_id === update.executive_id ? { ...e, status: update.status } : e,
          ),
        })),
      );
  }

  /** Asks the gateway for the configuration; the answer lands through `config_response` too. */
  refresh(): void {
    this.gateway
      .fetchConfig()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (config) => this.apply(config), error: () => undefined });
  }

  private apply(config: Config): void {
    this.state.set(config);
    this.received.set(true);
  }
}
