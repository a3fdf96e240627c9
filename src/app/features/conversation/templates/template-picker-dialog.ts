import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatListModule, MatSelectionListChange } from '@angular/material/list';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { Chats, WhatsappTemplate } from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { TemplatesStore } from '../state/templates-store';
import { missingValues, optionalGreeting, renderTemplate, templateFields } from './render-template';
import { filterTemplates, prefillValues, variableLabel } from './template-search';
import { TemplatePreview } from './template-preview';
import type { PickedTemplate } from './template-picker';
import { ContactNamePipe } from '../../../shared/text/contact-name';

/** What the picker dialog is opened with. */
export interface TemplatePickerData {
  chat: Chats;
}

interface Field {
  name: string;
  label: string;
  /** The greeting's name, which may stay empty ("Hi,") for a contact nobody knows by name. */
  optional: boolean;
}

/**
 * Searchable list of the chat's templates, the variables to fill, and a live preview. The
 * variables are a map of signals, not a reactive form: their fields are drawn from the template
 * picked, each must be filled before Send, and the dialog only closes with the text (the
 * conversation sends it), so there is no save step to share.
 */
@Component({
  selector: 'app-template-picker-dialog',
  imports: [
    ContactNamePipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatListModule,
    MatProgressSpinnerModule,
    TemplatePreview,
  ],
  templateUrl: './template-picker-dialog.html',
  styleUrl: './template-picker-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatePickerDialog {
  private readonly store = inject(TemplatesStore);
  private readonly session = inject(Session);
  private readonly dialogRef =
    inject<MatDialogRef<TemplatePickerDialog, PickedTemplate>>(MatDialogRef);
  protected readonly chat = inject<TemplatePickerData>(MAT_DIALOG_DATA).chat;

  protected readonly query = signal('');
  protected readonly selectedId = signal<string | null>(null);
  protected readonly values = signal<Record<string, string>>({});
  /** Whether the executive tried to send with blanks, so the blanks are pointed out. */
  protected readonly triedToSend = signal(false);

  protected readonly list = computed(() => this.store.templatesOf(this.chat.stakeholder));
  protected readonly shown = computed(() => filterTemplates(this.list().templates, this.query()));
  protected readonly selected = computed(
    () => this.list().templates.find((t) => t.template_id === this.selectedId()) ?? null,
  );
  protected readonly fields = computed<Field[]>(() => {
    const template = this.selected();
    return template
      ? templateFields(template.body, template.variables).map((name) => ({
          name,
          label: variableLabel(name),
          optional: name === optionalGreeting(template.body),
        }))
      : [];
  });
  protected readonly missing = computed(() =>
    missingValues(
      this.fields()
        .filter((f) => !f.optional)
        .map((f) => f.name),
      this.values(),
    ),
  );
  protected readonly canSend = computed(
    () => this.selected() !== null && this.missing().length === 0,
  );
  protected readonly audience = this.chat.stakeholder === 'driver' ? 'drivers' : 'customers';

  constructor() {
    this.store.load(this.chat.stakeholder);
  }

  protected search(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected retry(): void {
    this.store.load(this.chat.stakeholder, true);
  }

  protected choose(change: MatSelectionListChange): void {
    const id: unknown = change.options[0]?.value;
    const template = this.list().templates.find((t) => t.template_id === id);
    if (template) {
      this.select(template);
    }
  }

  protected setValue(name: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values.update((v) => ({ ...v, [name]: value }));
  }

  protected isMissing(name: string): boolean {
    return this.missing().includes(name);
  }

  protected send(): void {
    const template = this.selected();
    this.triedToSend.set(true);
    if (!template || !this.canSend()) {
      return;
    }
    const values = this.values();
    const templateParams = Object.fromEntries(
      this.fields().map((f) => [f.name, (values[f.name] ?? '').trim()]),
    );
    this.dialogRef.close({
      text: renderTemplate(template.body, templateParams),
      templateId: template.template_id,
      templateName: template.name,
      templateParams,
    });
  }

  private select(template: WhatsappTemplate): void {
    this.selectedId.set(template.template_id);
    this.triedToSend.set(false);
    const fields = templateFields(template.body, template.variables);
    const prefilled = prefillValues(fields, this.chat, this.session.executive()?.name ?? null);
    // Keep what the executive already typed for a variable shared with the previous template.
    const typed = this.values();
    this.values.set(
      Object.fromEntries(fields.map((f) => [f, typed[f]?.trim() ? typed[f] : prefilled[f]])),
    );
  }
}
