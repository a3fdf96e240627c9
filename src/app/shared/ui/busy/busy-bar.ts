import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * A thin indeterminate progress bar drawn with CSS in the theme's primary colour (the list's
 * refresh and "more chats" bars), so the first screen does not load the progress-bar module. Give
 * it an `aria-label` saying what is loading.
 */
@Component({
  selector: 'app-busy-bar',
  template: '<span class="run"></span>',
  styleUrl: './busy-bar.scss',
  host: { role: 'progressbar' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BusyBar {}
