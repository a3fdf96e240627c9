import { DOCUMENT, DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';

import { ThemeStore } from '../../../core/layout/theme-store';

/** Colours of the charts, resolved from the Material theme for the scheme in use. */
export interface ChartColors {
  text: string;
  grid: string;
  active: string;
  pending: string;
  resolved: string;
  open: string;
  waiting: string;
}

const SOURCES: Readonly<Record<keyof ChartColors, string>> = {
  text: 'var(--mat-sys-on-surface-variant)',
  grid: 'var(--mat-sys-outline-variant)',
  active: 'var(--mat-sys-primary)',
  pending: 'var(--mat-sys-tertiary)',
  // Material has no "success" role; a green readable on both schemes.
  resolved: 'light-dark(#1e8e3e, #6dd58c)',
  open: 'var(--mat-sys-primary)',
  waiting: 'var(--mat-sys-tertiary)',
};

/**
 * Canvas cannot read CSS variables, so the charts ask for concrete colours: a hidden probe inside
 * `host` resolves each theme token (including `light-dark()`) for the scheme that applies there.
 */
export function resolveChartColors(host: HTMLElement): ChartColors {
  const probe = host.ownerDocument.createElement('span');
  probe.style.display = 'none';
  host.appendChild(probe);
  try {
    const view = host.ownerDocument.defaultView;
    const colors = {} as ChartColors;
    for (const [key, source] of Object.entries(SOURCES) as [keyof ChartColors, string][]) {
      probe.style.color = source;
      colors[key] = view?.getComputedStyle(probe).color || '#777';
    }
    return colors;
  } finally {
    probe.remove();
  }
}

/** Changes whenever the colours may have: the theme choice, or the system's light / dark. */
@Injectable({ providedIn: 'root' })
export class ChartTheme {
  private readonly theme = inject(ThemeStore);
  private readonly schemeFlips = signal(0);

  /** A value that changes whenever the charts should read their colours again. */
  readonly version: Signal<string> = computed(
    () => `${this.theme.preference()}:${this.schemeFlips()}`,
  );

  constructor() {
    const media = inject(DOCUMENT).defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    if (media) {
      const flip = () => this.schemeFlips.update((n) => n + 1);
      media.addEventListener('change', flip);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', flip));
    }
  }
}
