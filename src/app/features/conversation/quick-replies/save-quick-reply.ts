import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';

import { notBlankValidator } from '../../../shared/forms/not-blank-validator';
import { MAX_TITLE_LENGTH } from './quick-reply-file';

/** A title for a new reply: its first line, shortened. */
export function suggestedTitle(text: string): string {
  const line = text.trim().split('\n')[0].trim();
  return line.length > 40 ? `${line.slice(0, 39).trimEnd()}…` : line;
}

/**
 * "Save as quick reply": keeps the reply being written, `{variables}` and all, among the
 * executive's own quick replies. Asks for a title inline; the store's code loads on the first save.
 */
@Component({
  selector: 'app-save-quick-reply',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    ReactiveFormsModule,
  ],
  template: `
    @if (naming()) {
      <form class="name" aria-label="Save as quick reply" [formGroup]="form" (ngSubmit)="save()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>Quick reply title</mat-label>
          <input
            #titleField
            matInput
            formControlName="title"
            [maxlength]="maxTitle"
            (keydown.escape)="cancel()"
          />
          @if (form.controls.title.getError('saved'); as problem) {
            <mat-error>{{ problem }}</mat-error>
          } @else {
            <mat-error>Give the reply a title.</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit">Save</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </form>
    } @else {
      <button
        mat-icon-button
        type="button"
        aria-label="Save as quick reply"
        matTooltip="Save as quick reply"
        [disabled]="empty()"
        (click)="start()"
      >
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">bookmark_add</mat-icon>
      </button>
    }
    <span class="visually-hidden" role="status">{{ notice() }}</span>
  `,
  styles: `
    :host {
      display: contents;
    }
    .name {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    .field {
      width: 200px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveQuickReply {
  private readonly injector = inject(Injector);
  protected readonly titleInput = viewChild.required<ElementRef<HTMLInputElement>>('titleField');

  /** The reply being written. */
  readonly text = input.required<string>();
  /** Whether to ask for the title at once (the button was pressed before this code loaded). */
  readonly startNaming = input(false);

  protected readonly maxTitle = MAX_TITLE_LENGTH;
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [notBlankValidator, Validators.maxLength(MAX_TITLE_LENGTH)],
    }),
  });
  protected readonly naming = signal(false);
  protected readonly notice = signal('');
  protected readonly empty = computed(() => this.text().trim() === '');

  constructor() {
    afterNextRender(() => {
      if (this.startNaming() && !this.empty()) {
        this.start();
      }
    });
  }

  protected start(): void {
    this.form.reset({ title: suggestedTitle(this.text()) });
    this.notice.set('');
    this.naming.set(true);
    afterNextRender(() => this.titleInput().nativeElement.select(), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.titleInput().nativeElement.focus();
      return;
    }
    const title = this.form.controls.title.value.trim();
    const { QuickRepliesStore } = await import('./quick-replies-store');
    const problem = this.injector.get(QuickRepliesStore).saveOwn(title, this.text());
    if (problem) {
      // Shown under the title, where the executive is looking, until they change it.
      this.form.controls.title.setErrors({ saved: problem });
      return;
    }
    this.notice.set(`Saved “${title}”. Type / to use it.`);
    this.naming.set(false);
  }

  protected cancel(): void {
    this.naming.set(false);
  }
}
