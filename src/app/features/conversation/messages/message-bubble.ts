import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ConversationStore } from '../../../core/state/conversation-store';
import { clockTime, fullDateTime } from '../../../shared/time/time-format';
import { ConversationMessage } from '../../../core/state/message-merge';
import { DocumentContent } from './content/document-content';
import { ImageContent } from './content/image-content';
import { LocationContent } from './content/location-content';
import { MessageText } from './content/message-text';
import { PlayerContent } from './content/player-content';
import { deliveryView } from './delivery-state';
import { contactName } from '../../../shared/text/contact-name';

const KIND_NAMES: Record<string, string> = {
  image: 'photo',
  document: 'document',
  audio: 'voice message',
  video: 'video',
  location: 'location',
};

/** One message: inbound on the left, the team's on the right, system lines centred. */
@Component({
  selector: 'app-message-bubble',
  imports: [
    MatButtonModule,
    MessageText,
    ImageContent,
    DocumentContent,
    PlayerContent,
    LocationContent,
  ],
  templateUrl: './message-bubble.html',
  styleUrl: './message-bubble.scss',
  host: {
    '[class.outbound]': 'outbound()',
    '[class.system]': 'system()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageBubble {
  private readonly conversation = inject(ConversationStore);

  /** The message shown. */
  readonly message = input.required<ConversationMessage>();
  /** Whether it continues its sender's group, so the name is not repeated. */
  readonly continued = input(false);

  protected readonly system = computed(() => this.message().sender_type === 'system');
  protected readonly outbound = computed(() => this.message().sender_type === 'executive');
  /** Who wrote it: a customer or driver by name once known, by number until then. */
  protected readonly sender = computed(() => {
    const { sender_type, sender_name, sender_id } = this.message();
    return sender_type === 'customer' || sender_type === 'driver'
      ? contactName(sender_name, sender_id)
      : sender_name;
  });
  protected readonly delivery = computed(() => deliveryView(this.message()));
  protected readonly createdAt = computed(() => {
    const at = new Date(this.message().created_at);
    return Number.isNaN(at.getTime()) ? null : at;
  });
  protected readonly time = computed(() => {
    const at = this.createdAt();
    return clockTime(at);
  });
  protected readonly fullTime = computed(() => {
    const at = this.createdAt();
    return fullDateTime(at);
  });
  /** Body text: the message, a media caption or a template's rendered text. */
  protected readonly text = computed(() => {
    const { text, media, location } = this.message();
    if (location && text?.trim() === location.name?.trim()) {
      // The location card already shows its name.
      return '';
    }
    return text?.trim() ? text : (media?.caption ?? '');
  });
  protected readonly missingMedia = computed(() => {
    const m = this.message();
    const kind = KIND_NAMES[m.message_type];
    if (!kind) {
      return null;
    }
    const missing = m.message_type === 'location' ? m.location === null : m.media === null;
    return missing ? `This ${kind} is not available.` : null;
  });
  protected readonly failure = computed(() => {
    const m = this.message();
    if (m.local === 'failed') {
      return {
        reason: m.local_error ?? 'Not sent. Check your connection, then retry.',
        retryable: m.client_message_id !== null,
      };
    }
    if (m.local === null && m.status === 'failed' && this.outbound()) {
      return { reason: 'WhatsApp could not deliver this message.', retryable: false };
    }
    return null;
  });

  protected retry(): void {
    const id = this.message().client_message_id;
    if (id) {
      this.conversation.retry(id);
    }
  }
}
