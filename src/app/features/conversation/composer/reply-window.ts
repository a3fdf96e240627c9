/** A window left shorter than this is shown as a warning. */
export const REPLY_WINDOW_WARNING_MS = 3_600_000;

/** "Reply window closes in 3h 12m", to the minute, for the time left in the WhatsApp window. */
export function replyWindowLabel(remainingMs: number): string {
  if (remainingMs < 60_000) {
    return 'Reply window closes in less than a minute';
  }
  const minutes = Math.floor(remainingMs / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const left = hours === 0 ? `${rest}m` : `${hours}h ${rest}m`;
  return `Reply window closes in ${left}`;
}
