import { Pipe, PipeTransform } from '@angular/core';

import { dateOnly, dateTime, shortDateTime } from './panel-time';

/**
 * `{{ at | dateTime }}` ("26 Nov 2026, 3:30 PM"), `{{ at | dateTime: 'short' }}` ("26 Nov,
 * 3:30 PM") or `{{ at | dateTime: 'date' }}` ("26 Nov 2026").
 */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, style: 'long' | 'short' | 'date' = 'long'): string {
    switch (style) {
      case 'short':
        return shortDateTime(iso);
      case 'date':
        return dateOnly(iso);
      default:
        return dateTime(iso);
    }
  }
}
