import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';

/** Failed sign-ins allowed per account and per client address within a window. 0 turns one off. */
export interface LoginLimits {
  /** Failures per account (email, case-insensitive) within the window. */
  perAccount: number;
  /** Failures per client address within the window. */
  perAddress: number;
  windowMs: number;
}

/**
 * Far above what a person or an end-to-end run does (only failures count, and a successful
 * sign-in clears its account), low enough to stop guessing.
 */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perAddress: 50,
  windowMs: 15 * 60 * 1000,
};

/** Counters kept at most; the oldest windows are let go beyond it. */
const MAX_ENTRIES = 100_000;

interface Counter {
  failures: number;
  windowStart: number;
}

/** A 429 with the seconds to wait, which REST sends as `Retry-After`. */
export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'too_many_attempts',
      `Too many failed sign-in attempts. Wait ${retryAfterSeconds} seconds, then try again.`,
    );
  }
}

/**
 * Counts failed sign-ins per account and per client address in fixed windows. While a count is at
 * its limit every sign-in of that account or from that address is refused, a right password
 * included, until the window ends. Kept in memory: a restart forgets the counts.
 */
export class LoginLimiter {
  private readonly accounts = new Map<string, Counter>();
  private readonly addresses = new Map<string, Counter>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Throws `TooManyAttempts` when the account or the address is locked out. */
  check(account: string, address: string): void {
    const now = this.clock.now().getTime();
    const waits = [
      this.wait(this.accounts, accountKey(account), this.limits.perAccount, now),
      this.wait(this.addresses, address, this.limits.perAddress, now),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new TooManyAttempts(Math.ceil(wait / 1000));
    }
  }

  /** Counts a failed sign-in. */
  recordFailure(account: string, address: string): void {
    const now = this.clock.now().getTime();
    this.count(this.accounts, accountKey(account), now);
    this.count(this.addresses, address, now);
  }

  /** A successful sign-in clears its account's count (not its address's). */
  recordSuccess(account: string): void {
    this.accounts.delete(accountKey(account));
  }

  private wait(map: Map<string, Counter>, key: string, limit: number, now: number): number {
    const counter = map.get(key);
    if (!counter || limit <= 0) {
      return 0;
    }
    const end = counter.windowStart + this.limits.windowMs;
    if (end <= now) {
      map.delete(key);
      return 0;
    }
    return counter.failures >= limit ? end - now : 0;
  }

  private count(map: Map<string, Counter>, key: string, now: number): void {
    const counter = map.get(key);
    if (counter && counter.windowStart + this.limits.windowMs > now) {
      counter.failures += 1;
      return;
    }
    map.delete(key);
    if (map.size >= MAX_ENTRIES) {
      map.delete(map.keys().next().value!);
    }
    map.set(key, { failures: 1, windowStart: now });
  }
}

function accountKey(account: string): string {
  return account.trim().toLowerCase();
}
