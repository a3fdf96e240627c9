import { GlobalConfig } from 'ngx-toastr';

/**
 * Global toast options. ngx-toastr 20 animates with CSS (`animate.enter`), so it needs no
 * `@angular/animations` provider. Alerts go bottom right, away from the toolbar's controls and the
 * chat list; a close button and a few at a time, since every alert is also kept in the list.
 */
export const TOAST_DEFAULTS: Partial<GlobalConfig> = {
  positionClass: 'toast-bottom-right',
  closeButton: true,
  tapToDismiss: true,
  newestOnTop: true,
  maxOpened: 5,
  autoDismiss: true,
  timeOut: 8_000,
  extendedTimeOut: 4_000,
  enableHtml: false,
};
