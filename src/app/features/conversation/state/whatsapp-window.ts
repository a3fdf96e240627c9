import { Iso8601 } from '../../../../contract';

/** The WhatsApp customer-service window: free-form replies only within it, templates always. */
export interface WhatsappWindow {
  /** Whether a free-form reply is allowed now. */
  open: boolean;
  /** When the window closes (or closed); null when the customer never wrote. */
  closesAt: Date | null;
  /** Milliseconds left, 0 when closed. */
  remainingMs: number;
}

/** Computes the window from the customer's last message time. */
export function whatsappWindow(
  lastCustomerMessageAt: Iso8601 | null,
  now: number,
  hours = 24,
): WhatsappWindow {
  if (!lastCustomerMessageAt) {
    return { open: false, closesAt: null, remainingMs: 0 };
  }
  const closes = Date.parse(lastCustomerMessageAt) + hours * 3_600_000;
  if (Number.isNaN(closes)) {
    return { open: false, closesAt: null, remainingMs: 0 };
  }
  const remainingMs = Math.max(0, closes - now);
  return { open: remainingMs > 0, closesAt: new Date(closes), remainingMs };
}
