import { GlobalConfig } from 'ngx-toastr';

/**
 * Global toast options. ngx-toastr 20 animates with CSS (`animate.enter`), so it needs no
 * `@angular/animations` provider. Alerts go top right, under the toolbar: never over the chat
 * list the executive works down, nor over the composer. At most three at a time, with a close
 * button, since every alert is also kept in the list under the bell. Colours, the line clamp and
 * the offset under the toolbar: `styles.scss`.
 */
export const TOAST_DEFAULTS: Partial<GlobalConfig> = {
  positionClass: 'toast-top-right',
  closeButton: true,
  tapToDismiss: true,
  newestOnTop: true,
  maxOpened: 3,
  autoDismiss: true,
  timeOut: 8_000,
  extendedTimeOut: 4_000,
  enableHtml: false,
};
