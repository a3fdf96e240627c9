import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A small indeterminate spinner drawn with CSS in the theme's primary colour, for places on the
 * first screen where the progress-spinner module would cost more than it gives. Decorative: the
 * text beside it says what is happening.
 */
@Component({
  selector: 'app-busy-spinner',
  template: '',
  styleUrl: './busy-spinner.scss',
  host: {
    'aria-hidden': 'true',
    '[style.width.px]': 'diameter()',
    '[style.height.px]': 'diameter()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BusySpinner {
  /** Its outer size in pixels. */
  readonly diameter = input(18);
}
