import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';

import { SendWhatsappTemplateResponse, Stakeholder } from '../../../../contract';
import { DialogSubmit } from '../../../shared/ui/dialog-submit/dialog-submit';
import { DialogSubmitError } from '../../../shared/ui/dialog-submit/dialog-submit-error';
import { ChatActionsStore } from '../state/chat-actions-store';
import { TemplatesStore } from '../state/templates-store';
import { TemplatePreview } from '../templates/template-preview';
import { indianMobileValidator, normalizeIndianMobile } from './indian-mobile-number';

/**
 * Starts a WhatsApp conversation with any number by sending it a template
 * (`sendWhatsappTemplate`); the server fills the template's variables from what it knows about the
 * number. Offers to open the chat the answer names.
 */
@Component({
  selector: 'app-start-conversation-dialog',
  imports: [
    DialogSubmitError,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    ReactiveFormsModule,
    TemplatePreview,
  ],
  templateUrl: './start-conversation-dialog.html',
  styleUrl: './start-conversation-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartConversationDialog {
  private readonly actions = inject(ChatActionsStore);
  private readonly templates = inject(TemplatesStore);
  private readonly router = inject(Router);
  private readonly dialogRef = inject<MatDialogRef<StartConversationDialog>>(MatDialogRef);

  protected readonly form = new FormGroup({
    number: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, indianMobileValidator],
    }),
    stakeholder: new FormControl<Stakeholder>('customer', { nonNullable: true }),
    templateName: new FormControl<string | null>(null, Validators.required),
  });
  protected readonly sent = signal<SendWhatsappTemplateResponse | null>(null);
  protected readonly submission = new DialogSubmit<SendWhatsappTemplateResponse>({
    form: this.form,
    done: (result) => this.sent.set(result),
  });

  private readonly stakeholder = toSignal(this.form.controls.stakeholder.valueChanges, {
    initialValue: this.form.controls.stakeholder.value,
  });
  private readonly chosenName = toSignal(this.form.controls.templateName.valueChanges, {
    initialValue: null,
  });
  protected readonly list = computed(() => this.templates.templatesOf(this.stakeholder()));
  protected readonly template = computed(
    () => this.list().templates.find((t) => t.name === this.chosenName()) ?? null,
  );

  constructor() {
    this.form.controls.stakeholder.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((stakeholder) => {
        this.form.controls.templateName.reset(null);
        this.templates.load(stakeholder);
      });
    this.templates.load(this.stakeholder());
  }

  protected retry(): void {
    this.templates.load(this.stakeholder(), true);
  }

  protected send(): Promise<boolean> {
    const { number, templateName } = this.form.getRawValue();
    return this.submission.submit(() =>
      this.actions.startConversation(normalizeIndianMobile(number) ?? number, templateName ?? ''),
    );
  }

  protected again(): void {
    this.sent.set(null);
    this.form.controls.number.reset('');
  }

  protected openChat(chatId: string): void {
    this.dialogRef.close();
    void this.router.navigate(['/chats', chatId]);
  }
}
