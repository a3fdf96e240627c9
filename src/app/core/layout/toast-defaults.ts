import { GlobalConfig } from 'ngx-toastr';

/**
 * Global toast options. ngx-toastr 20 animates with CSS (`animate.enter`), so it needs no
 * `@angular/animations` provider. Alerts go bottom left, over the oldest rows of the chat list:
 * clear of the toolbar, the conversation's header and composer, and the customer panel. A close
 * button and a few at a time, since every alert is also kept in the list. Colours: `styles.scss`.
 */
export const TOAST_DEFAULTS: Partial<GlobalConfig> = {
  positionClass: 'toast-bottom-left',
  closeButton: true,
  tapToDismiss: true,
  newestOnTop: true,
  maxOpened: 5,
  autoDismiss: true,
  timeOut: 8_000,
  extendedTimeOut: 4_000,
  enableHtml: false,
};
