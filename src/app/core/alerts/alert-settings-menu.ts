import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatDivider } from '@angular/material/divider';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';

import { AlertSound } from '../platform/alert-sound';
import { AlertStore } from './alert-store';
import { DiagnosticsSetting } from '../layout/diagnostics-setting';

/**
 * The toolbar's alert settings: a mute button for the new-chat chime (on by default), and a menu
 * with the chime, desktop notifications and the Diagnostics button, all remembered in this browser.
 */
@Component({
  selector: 'app-alert-settings-menu',
  imports: [MatDivider, MatIcon, MatIconButton, MatMenu, MatMenuItem, MatMenuTrigger, MatTooltip],
  template: `
    <button
      mat-icon-button
      type="button"
      data-setting="mute"
      [attr.aria-pressed]="!alerts.settings().sound"
      [attr.aria-label]="alerts.settings().sound ? 'Mute new-chat sound' : 'Unmute new-chat sound'"
      [matTooltip]="alerts.settings().sound ? 'Mute new-chat sound' : 'Sound is muted: unmute'"
      (click)="alerts.setSound(!alerts.settings().sound)"
    >
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
        alerts.settings().sound ? 'volume_up' : 'volume_off'
      }}</mat-icon>
    </button>
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      aria-label="Alert settings"
      matTooltip="Alert settings"
    >
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">tune</mat-icon>
    </button>
    <mat-menu #menu="matMenu" aria-label="Alert settings">
      <button
        mat-menu-item
        role="menuitemcheckbox"
        data-setting="sound"
        [attr.aria-checked]="alerts.settings().sound"
        (click)="alerts.setSound(!alerts.settings().sound)"
      >
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
          alerts.settings().sound ? 'check_box' : 'check_box_outline_blank'
        }}</mat-icon>
        <span>Sound for new chats</span>
      </button>
      <button
        mat-menu-item
        role="menuitemcheckbox"
        data-setting="desktop"
        [attr.aria-checked]="alerts.desktopActive()"
        (click)="toggleDesktop()"
      >
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
          alerts.desktopActive() ? 'check_box' : 'check_box_outline_blank'
        }}</mat-icon>
        <span>Desktop notifications</span>
      </button>
      @if (alerts.desktopProblem(); as problem) {
        <p class="hint" role="note">{{ problem }}</p>
      } @else {
        <p class="hint">Desktop notifications show only while this tab is hidden.</p>
      }
      <mat-divider />
      <button mat-menu-item data-setting="test" (click)="sound.play()">
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">volume_up</mat-icon>
        <span>Play the sound</span>
      </button>
      <mat-divider />
      <button
        mat-menu-item
        role="menuitemcheckbox"
        data-setting="diagnostics"
        [attr.aria-checked]="diagnostics.shown()"
        (click)="diagnostics.set(!diagnostics.shown())"
      >
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
          diagnostics.shown() ? 'check_box' : 'check_box_outline_blank'
        }}</mat-icon>
        <span>Show diagnostics</span>
      </button>
    </mat-menu>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .hint {
      margin: 4px 16px 8px;
      max-width: 240px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertSettingsMenu {
  protected readonly alerts = inject(AlertStore);
  protected readonly sound = inject(AlertSound);
  protected readonly diagnostics = inject(DiagnosticsSetting);

  protected toggleDesktop(): void {
    void this.alerts.setDesktop(!this.alerts.desktopActive());
  }
}
