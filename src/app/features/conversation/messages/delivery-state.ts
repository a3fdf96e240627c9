import { ConversationMessage } from '../../../core/state/message-merge';

/** How an outbound message's delivery state is shown. */
export interface DeliveryView {
  /** Material Symbols name. */
  icon: string;
  /** Words for screen readers and the tooltip. */
  label: string;
  tone: 'muted' | 'read' | 'error';
}

/** The delivery state of an outbound message: pending, sent, delivered, read or failed. */
export function deliveryView(message: ConversationMessage): DeliveryView {
  if (message.local === 'pending') {
    return { icon: 'schedule', label: 'Sending', tone: 'muted' };
  }
  if (message.local === 'failed') {
    return { icon: 'error', label: 'Not sent', tone: 'error' };
  }
  switch (message.status) {
    case 'sent':
      return { icon: 'check', label: 'Sent', tone: 'muted' };
    case 'delivered':
      return { icon: 'done_all', label: 'Delivered', tone: 'muted' };
    case 'read':
      return { icon: 'done_all', label: 'Read', tone: 'read' };
    case 'failed':
      return { icon: 'error', label: 'Not delivered', tone: 'error' };
  }
}
