import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatSelectModule } from '@angular/material/select';

import { ChatAssignment, Chats } from '../../../../contract';
import { ConfigStore } from '../../../core/state/config-store';
import { DialogSubmit } from '../../../shared/ui/dialog-submit/dialog-submit';
import { DialogSubmitError } from '../../../shared/ui/dialog-submit/dialog-submit-error';
import { ChatActionsStore } from '../state/chat-actions-store';
import { ContactNamePipe } from '../../../shared/text/contact-name';

/** What the reassign dialog is opened with. */
export interface ReassignDialogData {
  chat: Chats;
  /**
   * "Take over": the chat goes to this executive (the signed-in one), who only says why; the
   * list of people is not shown.
   */
  takeOverBy?: string;
}

/** The reason select's entry for a reason written in full by the executive. */
export const OTHER_REASON = '__other__';
/** Longest reason the gateway accepts. */
const MAX_DETAILS = 500;

/** What the executive has picked and written so far. */
interface ReassignChoice {
  reasonChoice: string | null;
  details: string;
}

/**
 * Whether the free text is the whole reason: there is no list to pick from, or "Other" was
 * picked.
 */
function detailsAreReason(choice: ReassignChoice, reasons: readonly string[]): boolean {
  return reasons.length === 0 || choice.reasonChoice === OTHER_REASON;
}

/** The reason sent with the reassignment: the picked reason and the details, or '' when none. */
export function reassignReason(choice: ReassignChoice, reasons: readonly string[]): string {
  const details = choice.details.trim();
  if (detailsAreReason(choice, reasons)) {
    return details;
  }
  if (choice.reasonChoice === null) {
    return '';
  }
  return details ? `${choice.reasonChoice}: ${details}` : choice.reasonChoice;
}

/**
 * Hands the chat to another executive (`reassign_chat`): pick someone (online first, the current
 * assignee left out) and say why. An unassigned chat is assigned the same way. Closes with the
 * assignment once the gateway confirms it.
 */
@Component({
  selector: 'app-reassign-dialog',
  imports: [
    ContactNamePipe,
    DialogSubmitError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './reassign-dialog.html',
  styleUrl: './reassign-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly actions = inject(ChatActionsStore);
  private readonly config = inject(ConfigStore);
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly other = OTHER_REASON;
  protected readonly maxDetails = MAX_DETAILS;
  /** Whether the chat has nobody yet, so it is assigned rather than reassigned. */
  protected readonly assigning = this.data.chat.assigned_executive_id === null;

  protected readonly reasons = computed(() => this.config.config().reassign_reasons);
  protected readonly form = new FormGroup(
    {
      target: new FormControl<string[]>(this.data.takeOverBy ? [this.data.takeOverBy] : [], {
        nonNullable: true,
        validators: Validators.required,
      }),
      reasonChoice: new FormControl<string | null>(null),
      details: new FormControl('', {
        nonNullable: true,
        validators: Validators.maxLength(MAX_DETAILS),
      }),
    },
    {
      validators: (group: AbstractControl<ReassignChoice>): ValidationErrors | null =>
        reassignReason(group.getRawValue(), this.reasons()) === '' ? { reason: true } : null,
    },
  );
  protected readonly submission = new DialogSubmit<ChatAssignment>({ form: this.form });

  private readonly choice = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

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
  protected readonly detailsRequired = computed(() =>
    detailsAreReason(
      { reasonChoice: this.choice().reasonChoice ?? null, details: '' },
      this.reasons(),
    ),
  );
  protected readonly detailsLabel = computed(() =>
    this.detailsRequired() ? 'Reason' : 'Details for the next executive (optional)',
  );
  protected readonly canSubmit = computed(
    () => this.status() === 'VALID' && !this.submission.saving(),
  );

  protected submit(): Promise<boolean> {
    const { target, ...choice } = this.form.getRawValue();
    return this.submission.submit(() =>
      this.actions.reassign(
        this.data.chat.chat_id,
        target[0],
        reassignReason(choice, this.reasons()),
        // Taking over: only from the colleague the executive saw, never from whoever has it now.
        this.data.takeOverBy ? this.data.chat.assigned_executive_id : undefined,
      ),
    );
  }
}
