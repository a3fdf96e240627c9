import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';

/** A token bucket's shape: tokens added a second, and the most it holds (the burst). */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** `search_chat` per socket: 5 a second, bursts of 10. Over it: a `rate_limited` acknowledgement. */
export const SEARCH_RATE_LIMIT: RateLimit = { perSecond: 5, burst: 10 };

/** `typing` per socket: 2 a second, bursts of 4. Over it the signal is dropped without a word. */
export const TYPING_RATE_LIMIT: RateLimit = { perSecond: 2, burst: 4 };

/** A token bucket on the stack's clock; one per socket and event. Starts full. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = clock.now().getTime();
  }

  /** Takes a token: 0 when one was there, else the milliseconds until the next one is. */
  take(): number {
    const now = this.clock.now().getTime();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.perSecond) / 1000);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.limit.perSecond));
  }
}

/** The refusal of an event over its rate limit; the acknowledgement carries `retry_after_ms`. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(429, 'rate_limited', message);
  }
}
