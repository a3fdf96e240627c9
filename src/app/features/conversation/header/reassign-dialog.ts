import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule, MatSelectionListChange } from '@angular/material/list';
import { MatSelectModule } from '@angular/material/select';

import { ChatAssignment, Chats } from '../../../../contract';
import { ChatActionsStore } from '../state/chat-actions-store';
import { ConfigStore } from '../../../core/state/config-store';

/** What the reassign dialog is opened with. */
export interface ReassignDialogData {
  chat: Chats;
}

/** The reason select's entry for a reason written in full by the executive. */
export const OTHER_REASON = '__other__';

/**
 * Hands the chat to another executive (`reassign_chat`): pick someone (online first, the current
 * assignee left out) and say why. Closes with the assignment once the gateway confirms it.
 */
@Component({
  selector: 'app-reassign-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>Reassign chat</h2>
    <mat-dialog-content>
      <p class="intro">
        Hand the chat with {{ data.chat.customer_name }} to another executive.
        @if (data.chat.assigned_executive_name; as current) {
          It is with {{ current }} now.
        }
      </p>
      <p id="reassign-to" class="label">Reassign to</p>
      @if (candidates().length === 0) {
        <p class="empty">No other executive is available. Ask a supervisor to move this chat.</p>
      } @else {
        <mat-selection-list
          class="people"
          [multiple]="false"
          hideSingleSelectionIndicator
          aria-labelledby="reassign-to"
          [disabled]="saving()"
          (selectionChange)="pick($event)"
        >
          @for (person of candidates(); track person.executive_id) {
            <mat-list-option
              [value]="person.executive_id"
              [selected]="person.executive_id === target()"
            >
              <span matListItemTitle>{{ person.name }}</span>
              <span matListItemLine class="presence" [class.online]="person.status === 'online'">
                <span class="dot" aria-hidden="true"></span>
                {{ person.status === 'online' ? 'Online' : 'Offline: will see it when back' }}
              </span>
            </mat-list-option>
          }
        </mat-selection-list>
      }
      @if (reasons().length > 0) {
        <mat-form-field appearance="outline" class="wide">
          <mat-label>Reason</mat-label>
          <mat-select
            required
            [disabled]="saving()"
            [value]="reasonChoice()"
            (valueChange)="reasonChoice.set($event)"
          >
            @for (reason of reasons(); track reason) {
              <mat-option [value]="reason">{{ reason }}</mat-option>
            }
            <mat-option [value]="other">Other (write it below)</mat-option>
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ detailsLabel() }}</mat-label>
        <textarea
          matInput
          rows="2"
          maxlength="500"
          [required]="detailsRequired()"
          [disabled]="saving()"
          [value]="details()"
          (input)="setDetails($event)"
          data-testid="reassign-details"
        ></textarea>
      </mat-form-field>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
      <button matButton="filled" type="button" [disabled]="!canSubmit()" (click)="submit()">
        {{ saving() ? 'Reassigning…' : 'Reassign' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin-top: 0;
    }
    .label {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }
    .people {
      max-height: 240px;
      overflow: auto;
      margin-bottom: 16px;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .presence {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      border: 1px solid var(--mat-sys-outline);
    }
    .online .dot {
      border-color: transparent;
      background: #1e8e3e;
    }
    .wide {
      width: 100%;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly actions = inject(ChatActionsStore);
  private readonly config = inject(ConfigStore);
  private readonly dialogRef = inject<MatDialogRef<ReassignDialog, ChatAssignment>>(MatDialogRef);
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly other = OTHER_REASON;

  protected readonly target = signal<string | null>(null);
  protected readonly reasonChoice = signal<string | null>(null);
  protected readonly details = signal('');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly candidates = computed(() =>
    this.config
      .executives()
      .filter((e) => e.executive_id !== this.data.chat.assigned_executive_id)
      .sort(
        (a, b) =>
          Number(b.status === 'online') - Number(a.status === 'online') ||
          a.name.localeCompare(b.name),
      ),
  );
  protected readonly reasons = computed(() => this.config.config().reassign_reasons);
  /** Free text is the whole reason when there is no list to pick from, or "Other" was picked. */
  protected readonly detailsRequired = computed(
    () => this.reasons().length === 0 || this.reasonChoice() === OTHER_REASON,
  );
  protected readonly detailsLabel = computed(() =>
    this.detailsRequired() ? 'Reason' : 'Details for the next executive (optional)',
  );
  protected readonly reason = computed(() => {
    const details = this.details().trim();
    const choice = this.reasonChoice();
    if (this.detailsRequired()) {
      return details;
    }
    if (choice === null) {
      return '';
    }
    return details ? `${choice}: ${details}` : choice;
  });
  protected readonly canSubmit = computed(
    () => !this.saving() && this.target() !== null && this.reason() !== '',
  );

  protected pick(change: MatSelectionListChange): void {
    const id: unknown = change.options[0]?.value;
    this.target.set(typeof id === 'string' ? id : null);
  }

  protected setDetails(event: Event): void {
    this.details.set((event.target as HTMLTextAreaElement).value);
  }

  protected async submit(): Promise<void> {
    const target = this.target();
    if (!this.canSubmit() || target === null) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const result = await this.actions.reassign(this.data.chat.chat_id, target, this.reason());
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
    } else {
      this.error.set(result.message);
    }
  }
}
