import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The executive console: chat list, conversation and customer panel side by side. */
@Component({
  selector: 'app-console-page',
  template: '<h1>Chats</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ConsolePage {}
