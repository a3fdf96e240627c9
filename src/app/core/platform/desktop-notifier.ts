import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Whether the browser lets the console show desktop notifications. */
export type DesktopPermission = NotificationPermission | 'unsupported';

/** A desktop notification to show. */
export interface DesktopNotice {
  title: string;
  body: string;
  /** Notices with the same tag replace each other instead of piling up. */
  tag: string;
  /** Runs when the executive clicks the notice, after the console's tab is brought forward. */
  onClick: () => void;
}

/** The browser's `Notification` API and page visibility, behind one injectable seam. */
@Injectable({ providedIn: 'root' })
export class DesktopNotifier {
  private readonly document = inject(DOCUMENT);

  /** The browser's current answer for this site, or `unsupported`. */
  permission(): DesktopPermission {
    return typeof Notification === 'function' ? Notification.permission : 'unsupported';
  }

  /** Asks the browser for permission (it shows its own prompt once); resolves with the answer. */
  async requestPermission(): Promise<DesktopPermission> {
    if (typeof Notification !== 'function') {
      return 'unsupported';
    }
    try {
      return await Notification.requestPermission();
    } catch {
      return Notification.permission;
    }
  }

  /** Whether the console's tab is hidden (another tab or a minimised window). */
  isPageHidden(): boolean {
    return this.document.hidden;
  }

  /** Shows a notice when permission is granted; does nothing otherwise. */
  show(notice: DesktopNotice): void {
    if (this.permission() !== 'granted') {
      return;
    }
    try {
      const notification = new Notification(notice.title, { body: notice.body, tag: notice.tag });
      notification.onclick = () => {
        this.document.defaultView?.focus();
        notification.close();
        notice.onClick();
      };
    } catch {
      // Some browsers only allow notifications from a service worker; the toast still shows.
    }
  }
}
