import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Everything about the person in the open chat (rides, bookings, driver, partner). */
@Component({
  selector: 'app-customer-panel',
  template: `
    <section class="placeholder" aria-label="Customer details">
      <h2>Customer details</h2>
      @if (chatId()) {
        <p>Ride, booking and partner details for this chat appear here.</p>
      } @else {
        <p>Open a chat to see who you are talking to.</p>
      }
    </section>
  `,
  styles: `
    .placeholder {
      padding: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerPanel {
  /** The open chat, if any. */
  readonly chatId = input<string | null>(null);
}
