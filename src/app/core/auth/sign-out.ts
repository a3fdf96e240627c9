import { Injectable, inject } from '@angular/core';

import { browserStorage } from '../platform/preference-storage';
import { UnsentWork } from '../state/unsent-work';
import { UnsentSummary, hasUnsent } from '../state/unsent-summary';
import { AuthService } from './auth-service';
import { Session } from './session';
import { SignedInTabs, forgetSignedOutData } from './signed-out-data';

/** What the executive chose about their unsent work when signing out. */
export type SignOutChoice = 'keep' | 'discard' | 'stay';

/** Asks the executive what to do with their unsent work (the sign-out dialog). */
export type AskAboutUnsent = (summary: UnsentSummary) => Promise<SignOutChoice>;

/**
 * The console's sign-out: asks what to do with unsent drafts and replies (keep them for the next
 * sign-in, discard them, or stay signed in), ends the session through {@link AuthService.signOut},
 * lets go of this tab's hold on the executive, and forgets what the executive left in the browser
 * (drafts, read marks) unless another tab of theirs is still open or they kept it.
 */
@Injectable({ providedIn: 'root' })
export class SignOut {
  private readonly auth = inject(AuthService);
  private readonly session = inject(Session);
  private readonly tabs = inject(SignedInTabs);
  private readonly unsent = inject(UnsentWork);

  /**
   * Signs out and clears this executive's browser data; resolves once `/login` is on its way, with
   * whether the executive signed out. With unsent work and no other tab of theirs open, `ask`
   * decides first; without `ask` the work is kept.
   */
  async run(ask?: AskAboutUnsent): Promise<boolean> {
    const executiveId = this.session.executive()?.executive_id;
    // Asked before signing out, while this tab still counts as signed in.
    const otherTabsOpen = executiveId ? await this.tabs.othersOpen(executiveId) : false;
    // Another tab of theirs carries on with the drafts and the outbox: nothing is lost here.
    const summary = executiveId && !otherTabsOpen ? this.unsent.summary() : null;
    let keepUnsent = false;
    if (executiveId && summary && hasUnsent(summary)) {
      const choice = ask ? await ask(summary) : 'keep';
      if (choice === 'stay' || this.session.executive()?.executive_id !== executiveId) {
        return false;
      }
      keepUnsent = choice === 'keep';
      if (keepUnsent) {
        this.unsent.keep(executiveId, summary);
      }
    }
    await this.auth.signOut();
    this.tabs.hold(null);
    if (executiveId) {
      forgetSignedOutData({
        executiveId,
        local: browserStorage('localStorage'),
        tab: browserStorage('sessionStorage'),
        otherTabsOpen,
        keepUnsent,
      });
    }
    return true;
  }
}
