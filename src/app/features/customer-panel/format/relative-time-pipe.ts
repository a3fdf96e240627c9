import { Pipe, PipeTransform } from '@angular/core';

import { relativeTime } from './panel-time';

/** `{{ at | relativeTime: now() }}`: "3 hours ago", "in 2 days"; refreshes as `now` ticks. */
@Pipe({ name: 'relativeTime' })
export class RelativeTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, now: number): string {
    return relativeTime(iso, now);
  }
}
