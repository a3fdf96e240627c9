import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Grey placeholder lines where a section's content will appear. */
@Component({
  selector: 'app-section-skeleton',
  template: `
    @for (line of widths(); track $index) {
      <span class="line" [style.width.%]="line"></span>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 8px;
      padding: 4px 0 8px;
    }
    .line {
      display: block;
      height: 12px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
      animation: pulse 1.4s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .line {
        animation: none;
      }
    }
  `,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionSkeleton {
  /** How many lines to show. */
  readonly lines = input(3);

  protected readonly widths = computed(() =>
    Array.from({ length: this.lines() }, (_, i) => [92, 74, 58, 84, 66][i % 5]),
  );
}
