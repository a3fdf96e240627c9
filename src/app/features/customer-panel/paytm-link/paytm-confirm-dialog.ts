import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import { formatRupees } from '../format/rupees-pipe';

/** What the confirmation shows. */
export interface PaytmConfirmData {
  /** The partner who pays and gets the link. */
  readonly partnerName: string;
  readonly dcoId: string;
  readonly phone: string;
  /** The driver writing in the chat when it is not the partner; null when the partner writes. */
  readonly driverName: string | null;
  /** Outstanding dues in rupees; 0 when the partner owes nothing; null when not known here. */
  readonly dues: number | null;
}

/** What the executive confirmed: the dues (no amount), or an amount in rupees. */
export interface PaytmConfirmResult {
  readonly amount?: number;
}

/** Smallest amount a payment link may ask for. */
export const MIN_LINK_AMOUNT = 1;
/** Largest amount a payment link may ask for. */
export const MAX_LINK_AMOUNT = 500_000;

/** Asks before a payment link goes to a partner's WhatsApp, and for how much. */
@Component({
  selector: 'app-paytm-confirm-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
  ],
  templateUrl: './paytm-confirm-dialog.html',
  styleUrl: './paytm-confirm-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaytmConfirmDialog {
  private readonly ref = inject<MatDialogRef<PaytmConfirmDialog, PaytmConfirmResult>>(MatDialogRef);
  protected readonly data = inject<PaytmConfirmData>(MAT_DIALOG_DATA);

  protected readonly min = MIN_LINK_AMOUNT;
  protected readonly max = MAX_LINK_AMOUNT;
  protected readonly maxLabel = formatRupees(MAX_LINK_AMOUNT);
  protected readonly duesLabel =
    this.data.dues === null
      ? `The outstanding dues of ${this.data.partnerName}`
      : `Outstanding dues of ${this.data.partnerName}, ${formatRupees(this.data.dues)}`;
  // The amount is asked for only with "Another amount"; disabled, it is not checked.
  protected readonly form = new FormGroup({
    choice: new FormControl<'dues' | 'other'>(this.data.dues === 0 ? 'other' : 'dues', {
      nonNullable: true,
    }),
    amount: new FormControl<number | null>({ value: null, disabled: this.data.dues !== 0 }, [
      Validators.required,
      Validators.min(MIN_LINK_AMOUNT),
      Validators.max(MAX_LINK_AMOUNT),
    ]),
  });
  protected readonly choice = toSignal(this.form.controls.choice.valueChanges, {
    initialValue: this.form.controls.choice.value,
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly valid = computed(() => this.status() === 'VALID');

  constructor() {
    const { choice, amount } = this.form.controls;
    choice.valueChanges.pipe(takeUntilDestroyed()).subscribe((picked) => {
      if (picked === 'other') {
        amount.enable();
      } else {
        amount.disable();
      }
    });
  }

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { choice, amount } = this.form.getRawValue();
    this.ref.close(
      choice === 'dues' || amount === null ? {} : { amount: Math.round(amount * 100) / 100 },
    );
  }
}
