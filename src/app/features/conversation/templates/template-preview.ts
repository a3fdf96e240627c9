import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { TemplateValues, templateSegments } from './render-template';

/**
 * A template body as the customer will read it, values filled in, missing ones marked. Rendered
 * as text only: bodies and values never become markup.
 */
@Component({
  selector: 'app-template-preview',
  template: `
    <p class="bubble" data-testid="template-preview">
      @for (segment of segments(); track $index) {
        @switch (segment.kind) {
          @case ('value') {
            <span class="value">{{ segment.text }}</span>
          }
          @case ('missing') {
            <mark
              class="missing"
              [class.automatic]="automatic()"
              [attr.aria-label]="missingLabel() + ': ' + segment.name"
              >{{ segment.text }}</mark
            >
          }
          @default {
            <span>{{ segment.text }}</span>
          }
        }
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .bubble {
      margin: 0;
      padding: 10px 12px;
      border-radius: 12px 12px 4px 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
    .value {
      font-weight: 500;
    }
    .missing {
      padding: 0 2px;
      border-radius: 4px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      outline: 1px dashed var(--mat-sys-error);
      &.automatic {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
        outline-color: var(--mat-sys-secondary);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatePreview {
  /** The template body with `{{variable}}` placeholders. */
  readonly body = input.required<string>();
  /** Values by variable name. */
  readonly values = input<TemplateValues>({});
  /** What a screen reader says before the name of a placeholder without a value. */
  readonly missingLabel = input('Not filled in yet');
  /** Whether placeholders are filled in later by the server, so an empty one is not a problem. */
  readonly automatic = input(false);

  protected readonly segments = computed(() => templateSegments(this.body(), this.values()));
}
