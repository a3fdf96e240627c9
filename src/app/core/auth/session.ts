import { Injectable, InjectionToken, Signal, computed, inject, signal } from '@angular/core';

import {
  AccessKeyResponse,
  Executive,
  LoginV2Response,
  NodeLoginResponse,
  StaffRole,
} from '../../../contract';
import { jwtExpiresAt } from './jwt-claims';

/** The one `sessionStorage` key the session lives under. */
export const SESSION_STORAGE_KEY = 'ccc.session';

/** What the login page says after the session-expired flow. */
export const SESSION_EXPIRED_MESSAGE = 'Your session expired. Sign in again.';

/** How long before its expiry a node token or web access key is renewed instead of used. */
export const TOKEN_RENEWAL_MARGIN_MS = 30_000;

/**
 * Where the session is kept. `sessionStorage` so a reload of the tab keeps the executive signed in
 * while closing the tab ends it; never `localStorage`, which would outlive the tab. Null when the
 * browser refuses storage; the session then lasts until the page is left.
 */
export const SESSION_STORAGE = new InjectionToken<Storage | null>('SessionStorage', {
  providedIn: 'root',
  factory: () => {
    try {
      return globalThis.sessionStorage ?? null;
    } catch {
      return null;
    }
  },
});

interface ExpiringSecret {
  value: string;
  /** Epoch milliseconds; null when the server sent no usable expiry (then it lives until a 401). */
  expiresAt: number | null;
}

interface SessionState {
  token: string;
  /** Epoch milliseconds; null when neither the JWT nor the response said. */
  tokenExpiresAt: number | null;
  executive: Executive;
  node: ExpiringSecret | null;
  accessKey: ExpiringSecret | null;
}

const STORAGE_VERSION = 1;

/**
 * Who is signed in and the credentials of each back end: the PySmartChat JWT, the node admin token
 * and the web access key, each with its expiry. The only writer of these values; they survive a
 * reload of the tab through `sessionStorage`.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly storage = inject(SESSION_STORAGE);
  private readonly state = signal<SessionState | null>(null);
  private readonly expired = signal(false);
  private readonly endHooks = new Set<() => void>();

  /** The signed-in staff member, or null. */
  readonly executive: Signal<Executive | null> = computed(() => this.state()?.executive ?? null);
  /** Role of the signed-in staff member, or null. */
  readonly role: Signal<StaffRole | null> = computed(() => this.state()?.executive.role ?? null);
  /** Whether a staff member is signed in. */
  readonly isSignedIn: Signal<boolean> = computed(() => this.state() !== null);
  /** Whether the signed-in staff member is a supervisor. */
  readonly isSupervisor: Signal<boolean> = computed(() => this.role() === 'supervisor');
  /** The PySmartChat JWT (REST `Authorization` and the gateway's query parameter), or null. */
  readonly token: Signal<string | null> = computed(() => this.state()?.token ?? null);
  /** When the PySmartChat JWT expires, in epoch milliseconds, or null when unknown or signed out. */
  readonly tokenExpiresAt: Signal<number | null> = computed(
    () => this.state()?.tokenExpiresAt ?? null,
  );
  /** The node admin token, or null. Also sent to partner enrol and to the web API's key endpoint. */
  readonly nodeToken: Signal<string | null> = computed(() => this.state()?.node?.value ?? null);
  /** When the node admin token expires, in epoch milliseconds, or null. */
  readonly nodeTokenExpiresAt: Signal<number | null> = computed(
    () => this.state()?.node?.expiresAt ?? null,
  );
  /** The web API access key, or null. */
  readonly accessKey: Signal<string | null> = computed(
    () => this.state()?.accessKey?.value ?? null,
  );
  /** When the web API access key expires, in epoch milliseconds, or null. */
  readonly accessKeyExpiresAt: Signal<number | null> = computed(
    () => this.state()?.accessKey?.expiresAt ?? null,
  );
  /** Whether the last session ended because it expired, so the login page can say so. */
  readonly expiredNotice: Signal<boolean> = this.expired.asReadonly();

  constructor() {
    this.restore();
  }

  /**
   * Starts a session from a PySmartChat `loginV2` answer, replacing any previous one. Returns
   * whether the answer held a token and an executive the console can use; nothing is stored when
   * it did not.
   */
  signIn(response: LoginV2Response): boolean {
    const executive = readExecutive(response?.executive);
    const token = response?.access_token;
    if (typeof token !== 'string' || token === '' || !executive) {
      return false;
    }
    const expiresIn = response.expires_in;
    const tokenExpiresAt =
      jwtExpiresAt(token) ??
      (typeof expiresIn === 'number' && Number.isFinite(expiresIn)
        ? Date.now() + expiresIn * 1000
        : null);
    this.expired.set(false);
    this.write({ token, tokenExpiresAt, executive, node: null, accessKey: null });
    return true;
  }

  /** Stores the node admin token from a node `login` answer. Ignored when nobody is signed in. */
  setNodeSession(response: NodeLoginResponse): void {
    const current = this.state();
    if (!current || typeof response?.token !== 'string' || response.token === '') {
      return;
    }
    this.write({
      ...current,
      node: { value: response.token, expiresAt: parseTime(response.expires_at) },
    });
  }

  /** Stores the web API access key from a `getAccessKey` answer. Ignored when nobody is signed in. */
  setAccessKey(response: AccessKeyResponse): void {
    const current = this.state();
    if (!current || typeof response?.access_key !== 'string' || response.access_key === '') {
      return;
    }
    this.write({
      ...current,
      accessKey: { value: response.access_key, expiresAt: parseTime(response.expires_at) },
    });
  }

  /**
   * Drops the web API access key after the web API refused it. With `onlyIf`, drops it only while it
   * is still that key, so a refusal of an old key does not discard a newer one.
   */
  clearAccessKey(onlyIf?: string): void {
    const current = this.state();
    if (!current?.accessKey || (onlyIf !== undefined && current.accessKey.value !== onlyIf)) {
      return;
    }
    this.write({ ...current, accessKey: null });
  }

  /** The node admin token while it is valid for at least {@link TOKEN_RENEWAL_MARGIN_MS}; else null. */
  freshNodeToken(now: number = Date.now()): string | null {
    return freshValue(this.state()?.node ?? null, now);
  }

  /** The web access key while it is valid for at least {@link TOKEN_RENEWAL_MARGIN_MS}; else null. */
  freshAccessKey(now: number = Date.now()): string | null {
    return freshValue(this.state()?.accessKey ?? null, now);
  }

  /**
   * Ends the session if its JWT has expired, raising the expired notice. Returns whether a staff
   * member is still signed in.
   */
  checkExpiry(now: number = Date.now()): boolean {
    const current = this.state();
    if (current && current.tokenExpiresAt !== null && current.tokenExpiresAt <= now) {
      this.expire();
      return false;
    }
    return current !== null;
  }

  /**
   * Runs `hook` just before the session ends (expiry or sign-out), while the signed-in executive is
   * still known: what is written there (a draft typed a moment ago) is kept under their name.
   * Returns the function that removes the hook.
   */
  beforeEnd(hook: () => void): () => void {
    this.endHooks.add(hook);
    return () => this.endHooks.delete(hook);
  }

  /** Ends the session because a back end said it expired, and raises the expired notice. */
  expire(): void {
    this.clear();
    this.expired.set(true);
  }

  /** Lowers the expired notice once the login page has shown it or the executive signs in. */
  dismissExpiredNotice(): void {
    this.expired.set(false);
  }

  /** Forgets everything the session stored (sign-out). */
  clear(): void {
    if (this.state() !== null) {
      for (const hook of [...this.endHooks]) {
        try {
          hook();
        } catch {
          // One failing hook must not keep the session alive or stop the others.
        }
      }
    }
    this.state.set(null);
    this.expired.set(false);
    try {
      this.storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // Storage that refuses access has nothing of ours to remove.
    }
  }

  private write(next: SessionState): void {
    this.state.set(next);
    try {
      this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, ...next }));
    } catch {
      // A full or refused storage only costs the session surviving a reload; it still works now.
    }
  }

  private restore(): void {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(SESSION_STORAGE_KEY) ?? null;
    } catch {
      return;
    }
    if (raw === null) {
      return;
    }
    const restored = parseStoredState(raw);
    if (!restored) {
      this.removeStored();
      return;
    }
    if (restored.tokenExpiresAt !== null && restored.tokenExpiresAt <= Date.now()) {
      this.removeStored();
      this.expired.set(true);
      return;
    }
    this.state.set(restored);
  }

  private removeStored(): void {
    try {
      this.storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // Nothing to clean up in a storage we cannot reach.
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readExecutive(value: unknown): Executive | null {
  if (!isRecord(value)) {
    return null;
  }
  const { executive_id, name, email, role, status } = value;
  if (typeof executive_id !== 'string' || executive_id === '') {
    return null;
  }
  if (typeof name !== 'string' || typeof email !== 'string') {
    return null;
  }
  if (role !== 'executive' && role !== 'supervisor') {
    return null;
  }
  return { executive_id, name, email, role, status: status === 'offline' ? 'offline' : 'online' };
}

function parseTime(value: unknown): number | null {
  if (typeof value !== 'string') {
    return null;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function readSecret(value: unknown): ExpiringSecret | null {
  if (!isRecord(value) || typeof value['value'] !== 'string' || value['value'] === '') {
    return null;
  }
  const expiresAt = value['expiresAt'];
  return {
    value: value['value'],
    expiresAt: typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? expiresAt : null,
  };
}

function freshValue(secret: ExpiringSecret | null, now: number): string | null {
  if (!secret) {
    return null;
  }
  if (secret.expiresAt !== null && secret.expiresAt - TOKEN_RENEWAL_MARGIN_MS <= now) {
    return null;
  }
  return secret.value;
}

/** Reads a stored session back; null for anything that is not one this version wrote. */
function parseStoredState(raw: string): SessionState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed['v'] !== STORAGE_VERSION) {
    return null;
  }
  const token = parsed['token'];
  const executive = readExecutive(parsed['executive']);
  if (typeof token !== 'string' || token === '' || !executive) {
    return null;
  }
  const stored = parsed['tokenExpiresAt'];
  // The JWT's own `exp` outranks a stored figure that could have been edited.
  const tokenExpiresAt =
    jwtExpiresAt(token) ?? (typeof stored === 'number' && Number.isFinite(stored) ? stored : null);
  return {
    token,
    tokenExpiresAt,
    executive,
    node: readSecret(parsed['node']),
    accessKey: readSecret(parsed['accessKey']),
  };
}
