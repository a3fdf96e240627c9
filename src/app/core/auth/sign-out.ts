import { Injectable, inject } from '@angular/core';

import { browserStorage } from '../platform/preference-storage';
import { AuthService } from './auth-service';
import { Session } from './session';
import { SignedInTabs, forgetSignedOutData } from './signed-out-data';

/**
 * The console's sign-out: ends the session through {@link AuthService.signOut}, lets go of this
 * tab's hold on the executive, and forgets what the executive left in the browser (drafts, read
 * marks) unless another tab of theirs is still open.
 */
@Injectable({ providedIn: 'root' })
export class SignOut {
  private readonly auth = inject(AuthService);
  private readonly session = inject(Session);
  private readonly tabs = inject(SignedInTabs);

  /** Signs out and clears this executive's browser data; resolves once `/login` is on its way. */
  async run(): Promise<void> {
    const executiveId = this.session.executive()?.executive_id;
    // Asked before signing out, while this tab still counts as signed in.
    const otherTabsOpen = executiveId ? await this.tabs.othersOpen(executiveId) : false;
    await this.auth.signOut();
    this.tabs.hold(null);
    if (executiveId) {
      forgetSignedOutData({
        executiveId,
        local: browserStorage('localStorage'),
        tab: browserStorage('sessionStorage'),
        otherTabsOpen,
      });
    }
  }
}
