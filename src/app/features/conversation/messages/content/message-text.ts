import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { linkify } from '../linkify';

/** Message text with its line breaks kept and http/https addresses as links; all else is text. */
@Component({
  selector: 'app-message-text',
  // Spans, not bare text nodes, so the template's own indentation never reaches the pre-wrap text.
  template: `
    @for (part of parts(); track $index) {
      @if (part.kind === 'link') {
        <a [href]="part.href" target="_blank" rel="noopener noreferrer">{{ part.text }}</a>
      } @else {
        <span>{{ part.text }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    a {
      color: inherit;
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageText {
  /** Untrusted text from the message. */
  readonly text = input.required<string>();

  protected readonly parts = computed(() => linkify(this.text()));
}
