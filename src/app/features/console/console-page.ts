import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ConsoleLayout } from '../../core/layout/console-layout';
import { PageUsable } from '../../core/platform/page-usable';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ConversationStore } from '../../core/state/conversation-store';
import { ChatList } from '../chat-list/chat-list';
import { CustomerPanel } from '../customer-panel/customer-panel';

/**
 * The executive console: chat list | conversation | customer panel. Narrower than 1280 px the
 * customer panel folds away behind a button in the conversation header (unless the executive
 * opened it); narrower than 900 px one pane shows at a time, the chat list or the open
 * conversation, and the customer panel slides over the conversation.
 */
@Component({
  selector: 'app-console-page',
  imports: [RouterOutlet, ChatList, CustomerPanel],
  template: `
    <div
      class="console"
      [class.with-panel]="columnPanel()"
      [class.one-pane]="layout.onePane()"
      [class.showing-chat]="chatOpen()"
    >
      <app-chat-list class="list" [attr.inert]="listHidden() ? '' : null" />
      <main class="conversation" [attr.inert]="conversationHidden() ? '' : null">
        <router-outlet />
      </main>
      @if (layout.panelOpen() && chatOpen()) {
        <!-- The chat list comes first: the panel's code loads once the browser is idle. -->
        @defer (on idle) {
          <app-customer-panel
            id="customer-panel"
            class="panel"
            [class.drawer]="layout.panelAsDrawer()"
            (keydown.escape)="closeDrawer()"
          />
        } @placeholder {
          <div class="panel" [class.drawer]="layout.panelAsDrawer()"></div>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .console {
      position: relative;
      display: grid;
      grid-template-columns: minmax(304px, min(380px, 25vw)) minmax(0, 1fr);
      height: 100%;
      min-height: 0;
      &.with-panel {
        grid-template-columns:
          minmax(304px, min(380px, 25vw)) minmax(0, 1fr)
          minmax(280px, min(360px, 24vw));
      }
    }
    .list,
    .panel {
      min-height: 0;
      overflow: hidden;
      border-inline: 1px solid var(--mat-sys-outline-variant);
    }
    .conversation {
      min-width: 0;
      min-height: 0;
      overflow: hidden;
    }
    /* Each column is sized by the grid and clips what it holds: containing it lets the browser
       lay out and paint a column whose content changed (live list, new messages) on its own. */
    .list,
    .conversation,
    .panel {
      contain: strict;
    }
    /* One pane at a time: the list and the conversation share the cell, and the hidden one keeps
       its size, so the list's virtual scrolling needs no new measuring when it comes back. */
    .one-pane {
      grid-template-columns: minmax(0, 1fr);
      .list,
      .conversation {
        grid-area: 1 / 1;
        border-inline: 0;
      }
      &.showing-chat .list,
      &:not(.showing-chat) .conversation {
        visibility: hidden;
      }
    }
    .panel.drawer {
      position: absolute;
      inset-block: 0;
      inset-inline-end: 0;
      z-index: 4;
      width: min(360px, 90%);
      box-shadow: var(--mat-sys-level3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ConsolePage {
  protected readonly layout = inject(ConsoleLayout);
  private readonly conversation = inject(ConversationStore);

  protected readonly chatOpen = computed(() => this.conversation.chatId() !== null);
  protected readonly columnPanel = computed(
    () => this.layout.panelOpen() && this.chatOpen() && !this.layout.panelAsDrawer(),
  );
  protected readonly listHidden = computed(() => this.layout.onePane() && this.chatOpen());
  protected readonly conversationHidden = computed(() => this.layout.onePane() && !this.chatOpen());

  constructor() {
    // The page is usable once the list shows its first chats (or says why it cannot). Then,
    // with the browser idle, the conversation's code is fetched while the executive looks at the
    // list, so opening the first chat waits only for its messages, and the list not for it.
    const page = inject(PageUsable);
    const list = inject(ChatListStore);
    const injector = inject(Injector);
    let loaded = false;
    const watch = effect(() => {
      if (list.loading()) {
        loaded = true;
        return;
      }
      if (loaded || list.chats().length > 0 || list.error() !== null) {
        watch.destroy();
        afterNextRender(() => page.mark(), { injector });
      }
    });
    page.whenSettled(() => void import('../conversation/conversation-pane'));
  }

  protected closeDrawer(): void {
    if (this.layout.panelAsDrawer()) {
      this.layout.setPanelOpen(false);
    }
  }
}
