import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** Shown when an executive opens a page meant for supervisors. */
@Component({
  selector: 'app-not-allowed-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <main class="page">
      <span class="material-symbols-outlined" aria-hidden="true">lock</span>
      <h1>This page is for supervisors.</h1>
      <p>Go back to your chats.</p>
      <a mat-flat-button routerLink="/chats">Go to my chats</a>
    </main>
  `,
  styles: `
    .page {
      min-height: 100vh;
      display: grid;
      place-content: center;
      justify-items: center;
      gap: 8px;
      text-align: center;
      padding: 24px;
    }
    .material-symbols-outlined {
      font-size: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    p {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotAllowedPage {}
