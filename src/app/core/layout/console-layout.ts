import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

import { Session } from '../auth/session';
import { PREFERENCE_STORAGE, loadPreference, savePreference } from '../platform/preference-storage';

/** Below this window width the console shows one pane at a time. */
export const ONE_PANE_QUERY = '(max-width: 899.98px)';
/** Below this window width the customer panel starts collapsed, unless the executive opened it. */
export const NARROW_QUERY = '(max-width: 1279.98px)';

/** Windows this short or shorter keep the reply box to one line until it is typed in. */
export const SHORT_WINDOW_QUERY = '(max-height: 820px)';

/** The `localStorage` key prefix of the layout choices; the executive's id follows it. */
export const LAYOUT_KEY_PREFIX = 'ccc.layout.';

/** What the executive chose for the customer panel; `auto` follows the window width. */
export type PanelChoice = 'open' | 'closed' | 'auto';

interface LayoutPreference {
  readonly customerPanel: PanelChoice;
}

const AUTO: LayoutPreference = { customerPanel: 'auto' };

function isLayoutPreference(value: unknown): value is LayoutPreference {
  const choice = (value as Partial<LayoutPreference> | null)?.customerPanel;
  return choice === 'open' || choice === 'closed' || choice === 'auto';
}

/**
 * How the executive console is laid out at the window's width: three panes, three panes with the
 * customer panel folded away, or one pane at a time. Keeps the executive's choice of showing or
 * hiding the customer panel, per executive, in `localStorage`.
 */
@Injectable({ providedIn: 'root' })
export class ConsoleLayout {
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly session = inject(Session);
  private readonly breakpoints = toSignal(
    inject(BreakpointObserver)
      .observe([ONE_PANE_QUERY, NARROW_QUERY, SHORT_WINDOW_QUERY])
      .pipe(map((state) => state.breakpoints)),
    { initialValue: {} as Record<string, boolean> },
  );

  private readonly storageKey = computed(() => {
    const id = this.session.executive()?.executive_id;
    return id ? LAYOUT_KEY_PREFIX + id : null;
  });
  private readonly preference = linkedSignal(() => {
    const key = this.storageKey();
    return key ? loadPreference(this.storage, key, isLayoutPreference, AUTO) : AUTO;
  });
  // In one-pane mode the panel is a drawer over the conversation, open only until closed.
  private readonly drawerOpen = signal(false);

  /** Whether the window is too narrow for more than one pane at a time. */
  readonly onePane = computed(() => this.breakpoints()[ONE_PANE_QUERY] === true);
  /** Whether the window is narrower than the full three-pane console needs. */
  readonly narrow = computed(() => this.breakpoints()[NARROW_QUERY] === true);
  /** Whether the window is short enough that every line of height counts. */
  readonly shortWindow = computed(() => this.breakpoints()[SHORT_WINDOW_QUERY] === true);
  /** The executive's stored choice for the customer panel. */
  readonly panelChoice = computed(() => this.preference().customerPanel);

  /** Whether the customer panel is shown (as a column, or as a drawer in one-pane mode). */
  readonly panelOpen = computed(() => {
    if (this.onePane()) {
      return this.drawerOpen();
    }
    const choice = this.panelChoice();
    return choice === 'auto' ? !this.narrow() : choice === 'open';
  });

  /** Whether the customer panel floats over the conversation rather than taking a column. */
  readonly panelAsDrawer = this.onePane;

  /**
   * Shows or hides the customer panel. Beside the conversation the choice is remembered for the
   * executive; the one-pane drawer only stays open until it is closed.
   */
  togglePanel(): void {
    this.setPanelOpen(!this.panelOpen());
  }

  /** Shows or hides the customer panel; see {@link togglePanel}. */
  setPanelOpen(open: boolean): void {
    if (this.onePane()) {
      this.drawerOpen.set(open);
      return;
    }
    const next: LayoutPreference = { customerPanel: open ? 'open' : 'closed' };
    this.preference.set(next);
    const key = this.storageKey();
    if (key) {
      savePreference(this.storage, key, next);
    }
  }
}
