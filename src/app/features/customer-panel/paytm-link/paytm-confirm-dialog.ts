import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import { formatRupees } from '../format/rupees-pipe';

/** What the confirmation shows. */
export interface PaytmConfirmData {
  readonly partnerName: string;
  readonly phone: string;
  /** Outstanding dues in rupees; 0 when the partner owes nothing; null when not known here. */
  readonly dues: number | null;
}

/** What the executive confirmed: the dues (no amount), or an amount in rupees. */
export interface PaytmConfirmResult {
  readonly amount?: number;
}

/** Largest amount a payment link may ask for. */
export const MAX_LINK_AMOUNT = 500_000;

/** Asks before a payment link goes to a partner's WhatsApp, and for how much. */
@Component({
  selector: 'app-paytm-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule],
  template: `
    <h2 mat-dialog-title>Send a payment link?</h2>
    <mat-dialog-content>
      <p>
        A Paytm payment link goes to {{ data.partnerName }} on {{ data.phone }}. It cannot be
        recalled once sent.
      </p>
      @if (data.dues !== 0) {
        <mat-radio-group
          aria-label="Amount of the link"
          class="choices"
          [value]="choice()"
          (change)="choice.set($event.value)"
        >
          <mat-radio-button value="dues">{{ duesLabel }}</mat-radio-button>
          <mat-radio-button value="other">Another amount</mat-radio-button>
        </mat-radio-group>
      } @else {
        <p class="note">This partner has no dues. Enter the amount the link should ask for.</p>
      }
      @if (choice() === 'other') {
        <mat-form-field appearance="outline" class="amount">
          <mat-label>Amount in rupees</mat-label>
          <span matTextPrefix>₹&nbsp;</span>
          <input
            #amountInput
            matInput
            type="number"
            inputmode="decimal"
            min="1"
            [max]="max"
            [value]="amountText()"
            (input)="amountText.set(amountInput.value)"
          />
          <mat-hint>Between ₹1 and {{ maxLabel }}.</mat-hint>
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" [disabled]="!valid()" (click)="confirm()">
        Send link
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: grid;
      gap: 4px;
      margin-bottom: 8px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .amount {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaytmConfirmDialog {
  private readonly ref = inject<MatDialogRef<PaytmConfirmDialog, PaytmConfirmResult>>(MatDialogRef);
  protected readonly data = inject<PaytmConfirmData>(MAT_DIALOG_DATA);

  protected readonly max = MAX_LINK_AMOUNT;
  protected readonly maxLabel = formatRupees(MAX_LINK_AMOUNT);
  protected readonly duesLabel =
    this.data.dues === null
      ? 'The outstanding dues'
      : `Outstanding dues, ${formatRupees(this.data.dues)}`;
  protected readonly choice = signal<'dues' | 'other'>(this.data.dues === 0 ? 'other' : 'dues');
  protected readonly amountText = signal('');
  private readonly amount = computed(() => {
    const value = Number(this.amountText());
    return this.amountText().trim() !== '' && Number.isFinite(value) ? value : null;
  });
  protected readonly valid = computed(() => {
    if (this.choice() === 'dues') {
      return true;
    }
    const amount = this.amount();
    return amount !== null && amount >= 1 && amount <= MAX_LINK_AMOUNT;
  });

  protected confirm(): void {
    if (!this.valid()) {
      return;
    }
    const amount = this.amount();
    this.ref.close(
      this.choice() === 'dues' || amount === null ? {} : { amount: Math.round(amount * 100) / 100 },
    );
  }
}
