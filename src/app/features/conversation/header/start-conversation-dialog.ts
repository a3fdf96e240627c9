import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';

import { SendWhatsappTemplateResponse, Stakeholder } from '../../../../contract';
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
  template: `
    <h2 mat-dialog-title>Start a conversation</h2>
    @if (sent(); as result) {
      <mat-dialog-content>
        <p class="done" role="status">
          Template “{{ result.template_name }}” sent to {{ result.to }}. The chat opens in your
          list; replies will show there.
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" (click)="again()">Send another</button>
        <button matButton type="button" mat-dialog-close>Close</button>
        <button matButton="filled" type="button" (click)="openChat(result.chat_id)">
          Open chat
        </button>
      </mat-dialog-actions>
    } @else {
      <mat-dialog-content class="form">
        <p class="intro">
          Send a WhatsApp template to a number to open a chat with them. Its details are filled in
          from their bookings.
        </p>
        <mat-form-field appearance="outline">
          <mat-label>WhatsApp number</mat-label>
          <input
            matInput
            type="tel"
            autocomplete="off"
            placeholder="+91 98123 45678"
            [formControl]="number"
            data-testid="start-number"
          />
          @if (number.hasError('indianMobile')) {
            <mat-error>Enter an Indian mobile number: +91 followed by 10 digits.</mat-error>
          } @else if (number.hasError('required')) {
            <mat-error>Enter the number to write to.</mat-error>
          } @else {
            <mat-hint>+91 followed by 10 digits</mat-hint>
          }
        </mat-form-field>

        <div class="audience">
          <span id="start-audience" class="label">They are a</span>
          <mat-button-toggle-group
            aria-labelledby="start-audience"
            [value]="stakeholder()"
            [disabled]="actions.starting()"
            (change)="setStakeholder($event.value)"
          >
            <mat-button-toggle value="customer">Customer</mat-button-toggle>
            <mat-button-toggle value="driver">Driver</mat-button-toggle>
          </mat-button-toggle-group>
        </div>

        @if (list().loading && !list().loaded) {
          <div class="state" role="status">
            <mat-progress-spinner mode="indeterminate" diameter="24" />
            Loading templates…
          </div>
        } @else if (list().error && !list().loaded) {
          <div class="state error" role="alert">
            {{ list().error }}
            <button matButton="outlined" type="button" (click)="retry()">Try again</button>
          </div>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>Template</mat-label>
            <mat-select [formControl]="templateName">
              @for (template of list().templates; track template.template_id) {
                <mat-option [value]="template.name">{{ template.name }}</mat-option>
              } @empty {
                <mat-option disabled>No templates for this audience yet</mat-option>
              }
            </mat-select>
            @if (templateName.hasError('required')) {
              <mat-error>Pick the template to send.</mat-error>
            }
          </mat-form-field>
        }

        @if (template(); as chosen) {
          <p class="label">Preview</p>
          <app-template-preview
            [body]="chosen.body"
            [automatic]="true"
            missingLabel="Filled in when sent"
          />
        }

        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close [disabled]="actions.starting()">
          Cancel
        </button>
        <button matButton="filled" type="button" [disabled]="actions.starting()" (click)="send()">
          {{ actions.starting() ? 'Sending…' : 'Send template' }}
        </button>
      </mat-dialog-actions>
    }
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .intro {
      margin-top: 0;
    }
    .audience {
      display: flex;
      align-items: center;
      gap: 12px;
      margin-bottom: 12px;
    }
    .label {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .state {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 8px 0;
      &.error {
        color: var(--mat-sys-error);
      }
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .done {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartConversationDialog {
  protected readonly actions = inject(ChatActionsStore);
  private readonly templates = inject(TemplatesStore);
  private readonly router = inject(Router);
  private readonly dialogRef = inject<MatDialogRef<StartConversationDialog>>(MatDialogRef);

  protected readonly number = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, indianMobileValidator],
  });
  protected readonly templateName = new FormControl<string | null>(null, Validators.required);
  protected readonly stakeholder = signal<Stakeholder>('customer');
  protected readonly sent = signal<SendWhatsappTemplateResponse | null>(null);
  protected readonly error = signal<string | null>(null);

  private readonly chosenName = toSignal(this.templateName.valueChanges, { initialValue: null });
  protected readonly list = computed(() => this.templates.templatesOf(this.stakeholder()));
  protected readonly template = computed(
    () => this.list().templates.find((t) => t.name === this.chosenName()) ?? null,
  );

  constructor() {
    this.templates.load(this.stakeholder());
  }

  protected setStakeholder(stakeholder: Stakeholder): void {
    this.stakeholder.set(stakeholder);
    this.templateName.reset(null);
    this.templates.load(stakeholder);
  }

  protected retry(): void {
    this.templates.load(this.stakeholder(), true);
  }

  protected async send(): Promise<void> {
    this.number.markAsTouched();
    this.templateName.markAsTouched();
    const to = normalizeIndianMobile(this.number.value);
    const name = this.templateName.value;
    if (!to || !name || this.actions.starting()) {
      return;
    }
    this.error.set(null);
    const result = await this.actions.startConversation(to, name);
    if (result.ok) {
      this.sent.set(result.value);
    } else {
      this.error.set(result.message);
    }
  }

  protected again(): void {
    this.sent.set(null);
    this.number.reset('');
  }

  protected openChat(chatId: string): void {
    this.dialogRef.close();
    void this.router.navigate(['/chats', chatId]);
  }
}
