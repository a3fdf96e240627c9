import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { ResponseValidator } from '../api/response-validator';
import { ChatGateway } from '../realtime/chat-gateway';

/** Where a dropped payload came from: a socket event (or acknowledgement), or a REST endpoint. */
export type DroppedPayloadSource = 'event' | 'endpoint';

/** One line of the diagnostics: every dropped payload of one event or endpoint, counted. */
export interface DroppedPayload {
  source: DroppedPayloadSource;
  /** The event name (`new_message`) or API method (`fetchNotes`). */
  name: string;
  /** How many payloads of this name were dropped since the page loaded. */
  count: number;
  /** Why the first one was dropped; later ones are only counted, so the list stays readable. */
  reason: string;
  /** When the last one was dropped, epoch milliseconds. */
  lastAt: number;
}

/** The longest reason kept, so a huge malformed string cannot bloat the diagnostics. */
const MAX_REASON_LENGTH = 200;

/**
 * The console's diagnostics: payloads the gateway and the REST layer dropped because they broke
 * the contract, one line per event or endpoint with a count. Only the first drop of each name is
 * reported as a new line; later ones raise its count. Kept for the life of the tab.
 */
@Injectable({ providedIn: 'root' })
export class DiagnosticsStore {
  private readonly lines = signal<readonly DroppedPayload[]>([]);

  /** The dropped payloads, first reported first. */
  readonly dropped: Signal<readonly DroppedPayload[]> = this.lines.asReadonly();

  /** How many payloads were dropped in all. */
  readonly total: Signal<number> = computed(() =>
    this.lines().reduce((sum, line) => sum + line.count, 0),
  );

  constructor() {
    inject(ChatGateway)
      .malformedEvents.pipe(takeUntilDestroyed())
      .subscribe(({ event, reason }) => this.record('event', event, reason));
    inject(ResponseValidator)
      .dropped.pipe(takeUntilDestroyed())
      .subscribe(({ endpoint, reason }) => this.record('endpoint', endpoint, reason));
  }

  /** Counts one dropped payload of `name`. */
  record(source: DroppedPayloadSource, name: string, reason: string, now = Date.now()): void {
    this.lines.update((lines) => countDrop(lines, source, name, reason, now));
  }

  /** Empties the list. */
  clear(): void {
    this.lines.set([]);
  }
}

/** Adds one drop to `lines`: a new line for a new name, a higher count for a known one. */
export function countDrop(
  lines: readonly DroppedPayload[],
  source: DroppedPayloadSource,
  name: string,
  reason: string,
  now: number,
): readonly DroppedPayload[] {
  const index = lines.findIndex((line) => line.source === source && line.name === name);
  if (index === -1) {
    const short =
      reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH)}…` : reason;
    return [...lines, { source, name, count: 1, reason: short, lastAt: now }];
  }
  const line = lines[index];
  const next = [...lines];
  next[index] = { ...line, count: line.count + 1, lastAt: now };
  return next;
}
