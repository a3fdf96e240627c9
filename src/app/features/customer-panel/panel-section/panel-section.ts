import { ChangeDetectionStrategy, Component, input } from '@angular/core';

let nextId = 0;

/** The frame of one panel section: a heading, optional actions beside it, then the content. */
@Component({
  selector: 'app-panel-section',
  template: `
    <section [attr.aria-labelledby]="headingId" [attr.aria-busy]="busy() || null">
      <header class="head">
        <h3 class="title" [id]="headingId">{{ heading() }}</h3>
        <ng-content select="[panelSectionActions]" />
      </header>
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 32px;
      margin-bottom: 4px;
    }
    .title {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanelSection {
  /** The section's heading. */
  readonly heading = input.required<string>();
  /** Whether the section is loading, for assistive technology. */
  readonly busy = input(false);

  protected readonly headingId = `panel-section-${nextId++}`;
}
