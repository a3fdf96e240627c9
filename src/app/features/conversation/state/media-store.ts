import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { isApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';

/** How many media files stay cached once no message on screen shows them. */
export const MEDIA_CACHE_CAPACITY = 100;

/** Where one media file stands: downloading, ready to show, or failed with a reason. */
export type MediaState =
  | { status: 'loading' }
  | { status: 'ready'; /** A `blob:` URL this store created. */ url: string }
  | { status: 'error'; message: string };

const FALLBACK_ERROR = 'The file could not be downloaded. Check your connection, then retry.';

// Types a browser shows without running script. Anything else (HTML, SVG, XML, scripts) is kept as
// opaque bytes, so even a blob: URL opened on its own can only be saved, never rendered.
const INERT_MEDIA_TYPE =
  /^(image\/(jpeg|png|gif|webp|avif|bmp)|audio\/[\w.+-]+|video\/[\w.+-]+|application\/pdf)$/i;

/** The blob to keep for a downloaded file: itself when its type is inert, else opaque bytes. */
export function inertBlob(blob: Blob): Blob {
  const type = blob.type.split(';')[0].trim();
  return INERT_MEDIA_TYPE.test(type)
    ? blob
    : new Blob([blob], { type: 'application/octet-stream' });
}

/**
 * WhatsApp media of the open conversations: each media id is downloaded once through
 * `fetchMediaFile` and kept as an object URL. Files not on screen are evicted least recently used
 * first (their URLs revoked) once more than {@link MEDIA_CACHE_CAPACITY} are held.
 */
@Injectable({ providedIn: 'root' })
export class MediaStore {
  private readonly api = inject(PySmartChatApi);
  private readonly states = signal<ReadonlyMap<string, MediaState>>(new Map());
  // Insertion order is recency order: touching an id moves it to the end.
  private readonly recency = new Map<string, number>();
  private readonly requests = new Map<string, Subscription>();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.evictAll());
  }

  /** Where the media file stands, or null when this store has not been asked for it. */
  media(mediaId: string): MediaState | null {
    return this.states().get(mediaId) ?? null;
  }

  /**
   * Declares that something on screen shows this media file, downloading it if it is not held.
   * A file in use is never evicted; pair every call with {@link release}.
   */
  acquire(mediaId: string): void {
    const users = (this.recency.get(mediaId) ?? 0) + 1;
    this.recency.delete(mediaId);
    this.recency.set(mediaId, users);
    if (!this.states().has(mediaId)) {
      this.fetch(mediaId);
    }
  }

  /** Declares that one user of this media file is gone; it may now be evicted. */
  release(mediaId: string): void {
    const users = this.recency.get(mediaId);
    if (users === undefined) {
      return;
    }
    this.recency.set(mediaId, Math.max(0, users - 1));
    this.trim();
  }

  /** Downloads a media file again after it failed. */
  retry(mediaId: string): void {
    if (this.media(mediaId)?.status === 'error') {
      this.fetch(mediaId);
    }
  }

  private fetch(mediaId: string): void {
    this.requests.get(mediaId)?.unsubscribe();
    this.setState(mediaId, { status: 'loading' });
    const request = this.api.fetchMediaFile(mediaId).subscribe({
      next: (blob) => {
        this.requests.delete(mediaId);
        this.setState(mediaId, { status: 'ready', url: URL.createObjectURL(inertBlob(blob)) });
        this.trim();
      },
      error: (error: unknown) => {
        this.requests.delete(mediaId);
        this.setState(mediaId, {
          status: 'error',
          message: isApiError(error) ? error.message : FALLBACK_ERROR,
        });
        this.trim();
      },
    });
    if (!request.closed) {
      this.requests.set(mediaId, request);
    }
  }

  private setState(mediaId: string, state: MediaState): void {
    if (!this.recency.has(mediaId)) {
      this.recency.set(mediaId, 0);
    }
    this.states.update((all) => new Map(all).set(mediaId, state));
  }

  private trim(): void {
    let excess = this.states().size - MEDIA_CACHE_CAPACITY;
    if (excess <= 0) {
      return;
    }
    const evicted: string[] = [];
    for (const [mediaId, users] of this.recency) {
      if (excess <= 0) {
        break;
      }
      if (users === 0 && this.media(mediaId)?.status !== 'loading') {
        evicted.push(mediaId);
        excess--;
      }
    }
    this.evict(evicted);
  }

  private evict(mediaIds: readonly string[]): void {
    if (mediaIds.length === 0) {
      return;
    }
    const next = new Map(this.states());
    for (const mediaId of mediaIds) {
      const state = next.get(mediaId);
      if (state?.status === 'ready') {
        URL.revokeObjectURL(state.url);
      }
      this.requests.get(mediaId)?.unsubscribe();
      this.requests.delete(mediaId);
      this.recency.delete(mediaId);
      next.delete(mediaId);
    }
    this.states.set(next);
  }

  private evictAll(): void {
    this.evict([...this.states().keys()]);
  }
}
