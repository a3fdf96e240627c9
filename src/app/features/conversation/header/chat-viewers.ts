import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';

import { ChatViewer } from '../../../../contract';
import { NAME_MAX_CHARS, clipText } from '../../../shared/text/clip-text';
import { initials } from '../../../shared/text/initials';
import { ChatViewersStore } from '../state/chat-viewers-store';

/** Avatars shown before the rest collapse into "+N". */
const SHOWN_AVATARS = 3;

/** "Vikram Singh", or "Meera Lead (supervisor)". */
function who(viewer: ChatViewer): string {
  const name = clipText(viewer.name.trim() || 'A colleague', NAME_MAX_CHARS);
  return viewer.role === 'supervisor' ? `${name} (supervisor)` : name;
}

/** The sentence for the others viewing a chat; '' when nobody else is. */
export function viewingSentence(others: readonly ChatViewer[]): string {
  const names = others.map(who);
  switch (names.length) {
    case 0:
      return '';
    case 1:
      return `${names[0]} is viewing`;
    case 2:
      return `${names[0]} and ${names[1]} are viewing`;
    default:
      return `${names[0]} and ${names.length - 1} others are viewing`;
  }
}

/**
 * "Vikram Singh is viewing" in the conversation header: the others who have the chat open, as
 * initials avatars (a supervisor's marked) and a sentence; nothing when nobody else has it open.
 */
@Component({
  selector: 'app-chat-viewers',
  imports: [MatTooltipModule],
  template: `
    @if (sentence(); as text) {
      <span class="avatars" aria-hidden="true">
        @for (viewer of shown(); track viewer.executive_id) {
          <span class="avatar" [class.supervisor]="viewer.role === 'supervisor'">{{
            initialsOf(viewer.name)
          }}</span>
        }
        @if (hidden() > 0) {
          <span class="avatar more">+{{ hidden() }}</span>
        }
      </span>
      <span class="text" [matTooltip]="everyone()" data-testid="chat-viewers">{{ text }}</span>
    }
  `,
  styleUrl: './chat-viewers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', '[class.empty]': '!sentence()' },
})
export class ChatViewers {
  private readonly store = inject(ChatViewersStore);

  protected readonly sentence = computed(() => viewingSentence(this.store.others()));
  protected readonly shown = computed(() => this.store.others().slice(0, SHOWN_AVATARS));
  protected readonly hidden = computed(() => this.store.others().length - SHOWN_AVATARS);
  protected readonly everyone = computed(() => this.store.others().map(who).join(', '));
  protected readonly initialsOf = initials;
}
