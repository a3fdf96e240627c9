import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { Stakeholder, WhatsappTemplate } from '../../../../contract';

/** The WhatsApp templates of one kind of stakeholder, as the picker shows them. */
export interface TemplateList {
  /** Templates by name. */
  readonly templates: readonly WhatsappTemplate[];
  /** Whether a fetch is in flight. */
  readonly loading: boolean;
  /** Whether a fetch has succeeded at least once. */
  readonly loaded: boolean;
  /** Why the last fetch failed, for the executive. */
  readonly error: string | null;
}

const NOT_LOADED: TemplateList = { templates: [], loading: false, loaded: false, error: null };

/**
 * WhatsApp templates per stakeholder (`fetchTemplates`), fetched once and cached: templates
 * change rarely, and the picker opens many times a day.
 */
@Injectable({ providedIn: 'root' })
export class TemplatesStore {
  private readonly api = inject(PySmartChatApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<Readonly<Partial<Record<Stakeholder, TemplateList>>>>({});

  /** The templates held for a stakeholder; reactive when read in a template or `computed`. */
  templatesOf(stakeholder: Stakeholder): TemplateList {
    return this.state()[stakeholder] ?? NOT_LOADED;
  }

  /**
   * Fetches the templates of a stakeholder unless they are held or on their way. `force` fetches
   * again (the executive's "Try again"); the held list stays on screen meanwhile.
   */
  load(stakeholder: Stakeholder, force = false): void {
    const held = this.templatesOf(stakeholder);
    if (held.loading || (held.loaded && !force)) {
      return;
    }
    this.patch(stakeholder, { loading: true, error: null });
    this.api
      .fetchTemplates(stakeholder)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) =>
          this.patch(stakeholder, {
            templates: [...response.templates].sort((a, b) => a.name.localeCompare(b.name)),
            loading: false,
            loaded: true,
          }),
        error: (error: unknown) =>
          this.patch(stakeholder, {
            loading: false,
            error:
              error instanceof ApiError
                ? error.message
                : 'The templates could not be loaded. Check your connection, then try again.',
          }),
      });
  }

  private patch(stakeholder: Stakeholder, changes: Partial<TemplateList>): void {
    this.state.update((s) => ({
      ...s,
      [stakeholder]: { ...(s[stakeholder] ?? NOT_LOADED), ...changes },
    }));
  }
}
