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
  templateUrl: './console-page.html',
  styleUrl: './console-page.scss',
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
        afterNextRender(
          () => {
            page.mark();
            // Not `whenSettled`: after sign-in the console settled on the sign-in form, and
            // this code would compete with the list's on a slow line.
            page.whenIdle(() => void import('../conversation/conversation-pane'));
          },
          { injector },
        );
      }
    });
  }

  protected closeDrawer(): void {
    if (this.layout.panelAsDrawer()) {
      this.layout.setPanelOpen(false);
    }
  }
}
