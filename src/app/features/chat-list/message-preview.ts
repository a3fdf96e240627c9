import { LastMessagePreview } from '../../../contract';

/** How a row summarises the last message: an icon and label for its kind, then its text. */
export interface PreviewLine {
  /** Material Symbols name, or null for plain text. */
  icon: string | null;
  /** The kind of message in words ("Photo", "Voice message"), or null for plain text. */
  label: string | null;
  /** Caption, file name, place or text; may be empty. */
  text: string;
  /** Whether support wrote the last message (the customer is not the one waiting). */
  fromSupport: boolean;
}

const KINDS: Readonly<Record<string, { icon: string; label: string }>> = {
  image: { icon: 'photo_camera', label: 'Photo' },
  video: { icon: 'videocam', label: 'Video' },
  document: { icon: 'description', label: 'Document' },
  audio: { icon: 'mic', label: 'Voice message' },
  location: { icon: 'location_on', label: 'Location' },
  template: { icon: 'article', label: 'Template' },
};

/** Drops a "Photo: " style prefix the back end may already have put in front of the text. */
function withoutLabel(text: string, label: string): string {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === label.toLowerCase()) {
    return '';
  }
  const prefix = `${label.toLowerCase()}:`;
  return trimmed.toLowerCase().startsWith(prefix) ? trimmed.slice(prefix.length).trim() : trimmed;
}

/** A WhatsApp template name as words: `booking_confirmation` -> "Booking confirmation". */
export function templateTitle(name: string): string {
  const words = name.replace(/[_\s]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The one-line summary of a chat's last message, by its `message_type`. A template reads as the
 * template it was ("Template: Booking confirmation") when the name came with it, since its filled
 * body starts with a greeting that says little in a narrow row.
 */
export function messagePreview(last: LastMessagePreview | null): PreviewLine {
  if (!last) {
    return { icon: null, label: null, text: 'No messages yet', fromSupport: false };
  }
  const fromSupport = last.sender_type === 'executive';
  const kind = KINDS[last.message_type];
  if (!kind) {
    return { icon: null, label: null, text: last.preview.trim(), fromSupport };
  }
  const templateName = last.message_type === 'template' ? last.template_name?.trim() : undefined;
  if (templateName) {
    return { icon: kind.icon, label: kind.label, text: templateTitle(templateName), fromSupport };
  }
  const text = last.message_type === 'audio' ? '' : withoutLabel(last.preview, kind.label);
  return { icon: kind.icon, label: kind.label, text, fromSupport };
}
