import { Injectable } from '@angular/core';

/**
 * Text typed but not saved as a draft yet: the reply box saves its draft after a short pause, so
 * whatever asks about unsent replies (resolving a chat, signing out) flushes it first and sees
 * what was typed a moment ago.
 */
@Injectable({ providedIn: 'root' })
export class DraftFlush {
  private readonly writers = new Set<() => void>();

  /** Registers a writer of unsaved text, called by {@link flush}; returns its removal. */
  register(write: () => void): () => void {
    this.writers.add(write);
    return () => this.writers.delete(write);
  }

  /** Saves everything typed but not saved yet. */
  flush(): void {
    this.writers.forEach((write) => write());
  }
}
