import { ActiveToast, IndividualConfig } from 'ngx-toastr';
import { Subject } from 'rxjs';

import { DesktopNotice, DesktopPermission } from '../core/platform/desktop-notifier';

interface ShownToast {
  type: 'info' | 'warning' | 'error';
  message: string;
  /** The options the toast was shown with. */
  options: Partial<IndividualConfig>;
  tap: Subject<void>;
}

/** Records toasts instead of drawing them; `tap` stands for the executive clicking one. */
export class FakeToastr {
  readonly shown: ShownToast[] = [];
  /** The ids of the toasts still on screen. */
  readonly open = new Set<number>();
  readonly info = (message: string, _title?: string, options: Partial<IndividualConfig> = {}) =>
    this.add('info', message, options);
  readonly warning = (message: string, _title?: string, options: Partial<IndividualConfig> = {}) =>
    this.add('warning', message, options);
  readonly error = (message: string, _title?: string, options: Partial<IndividualConfig> = {}) =>
    this.add('error', message, options);
  readonly remove = (toastId: number) => this.open.delete(toastId);
  private readonly hidden = new Map<number, Subject<void>>();

  /** Closes a toast as its timer or close button would. */
  hide(toastId: number): void {
    this.open.delete(toastId);
    this.hidden.get(toastId)?.next();
  }

  private add(
    type: ShownToast['type'],
    message: string,
    options: Partial<IndividualConfig>,
  ): ActiveToast<unknown> {
    const tap = new Subject<void>();
    const hidden = new Subject<void>();
    const toastId = this.shown.length + 1;
    this.shown.push({ type, message, options, tap });
    this.open.add(toastId);
    this.hidden.set(toastId, hidden);
    // Only these parts are read by the store.
    return {
      toastId,
      onTap: tap.asObservable(),
      onHidden: hidden.asObservable(),
    } as ActiveToast<unknown>;
  }
}

/** Stands in for the browser's notifications: `answer` is what the permission prompt returns. */
export class FakeNotifier {
  permissionValue: DesktopPermission = 'default';
  answer: DesktopPermission = 'granted';
  hidden = false;
  readonly shown: DesktopNotice[] = [];
  readonly permission = () => this.permissionValue;
  readonly requestPermission = jasmine.createSpy('requestPermission').and.callFake(async () => {
    this.permissionValue = this.answer;
    return this.answer;
  });
  readonly isPageHidden = () => this.hidden;
  readonly show = (notice: DesktopNotice) => this.shown.push(notice);
}
