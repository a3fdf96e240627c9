import { ChangeDetectionStrategy, Component, afterNextRender } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ChatList } from '../chat-list/chat-list';
import { CustomerPanel } from '../customer-panel/customer-panel';

/** The executive console: chat list | conversation | customer panel, for 1280 px and wider. */
@Component({
  selector: 'app-console-page',
  imports: [RouterOutlet, ChatList, CustomerPanel],
  template: `
    <div class="console">
      <app-chat-list class="list" />
      <main class="conversation"><router-outlet /></main>
      <!-- The chat list comes first: the panel's code loads once the browser is idle. -->
      @defer (on idle) {
        <app-customer-panel class="panel" />
      } @placeholder {
        <div class="panel"></div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .console {
      display: grid;
      grid-template-columns: minmax(320px, 380px) minmax(480px, 1fr) minmax(300px, 360px);
      height: 100%;
      min-height: 0;
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ConsolePage {
  constructor() {
    // Fetches the conversation's code while the executive looks at the list, so opening the
    // first chat waits only for its messages.
    afterNextRender(() => {
      const prefetch = () => void import('../conversation/conversation-pane');
      if ('requestIdleCallback' in window) {
        requestIdleCallback(prefetch, { timeout: 2_000 });
      } else {
        setTimeout(prefetch, 500);
      }
    });
  }
}
