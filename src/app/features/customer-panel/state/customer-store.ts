import { DestroyRef, Injectable, inject } from '@angular/core';
import { map } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ContextEvent, RidesResponse } from '../../../../contract';
import { PanelSubject } from './panel-subject';
import { SectionResource } from './section-resource';

/**
 * What PySmartChat knows about a customer: the context timeline and the rides. Provided by the
 * customer panel, so it lives as long as the panel and holds one chat at a time.
 */
@Injectable()
export class CustomerStore {
  private readonly api = inject(PySmartChatApi);
  private readonly destroyRef = inject(DestroyRef);

  /** Context changes of the customer (booking, cancellation, payment, ...), newest first. */
  readonly history = new SectionResource<string, readonly ContextEvent[]>({
    fetch: (number) =>
      this.api
        .fetchContextHistory(number)
        .pipe(map((response) => newestFirst(response.events ?? []))),
    fallbackError: 'The customer history could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** Upcoming rides and recent searches of the customer. */
  readonly rides = new SectionResource<string, RidesResponse>({
    fetch: (number) => this.api.fetchRides(number),
    fallbackError: 'The rides could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** Shows a chat's customer: loads both sections, or clears them for a driver chat. */
  open(subject: PanelSubject | null): void {
    this.history.reset();
    this.rides.reset();
    if (subject?.stakeholder === 'customer') {
      this.history.load(subject.number);
      this.rides.load(subject.number);
    }
  }
}

function newestFirst(events: readonly ContextEvent[]): readonly ContextEvent[] {
  // The contract says newest first; sorting again costs little and keeps the timeline honest.
  return [...events].sort(
    (a, b) =>
      Date.parse(b.created_at) - Date.parse(a.created_at) || b.event_id.localeCompare(a.event_id),
  );
}
