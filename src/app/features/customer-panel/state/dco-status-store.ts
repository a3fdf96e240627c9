import { DestroyRef, Injectable, inject } from '@angular/core';
import { map } from 'rxjs';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import {
  FreelancerTag,
  MainTag,
  SubTag,
  UpdateDcoStatusRequest,
  UpdateDcoStatusResponse,
} from '../../../../contract';
import { NotesStore } from '../../conversation/state/notes-store';
import { PartnerStore } from './partner-store';
import { SectionAction } from './section-action';
import { SectionResource } from './section-resource';

/** The one key of the tag lists, which do not depend on the chat. */
const TAXONOMY = 'taxonomy';

/**
 * Changing a DCO's status with a reason from the tag taxonomy: main tags (`fetchMainTags`), the
 * sub-tags of the chosen one (`fetchSubTagsForMainTags`), the flat list to search
 * (`fetchAllTagsForFreelancer`), and the change itself (`updateDCOStatusByFreelancer`). The tag
 * lists are the same for every partner, so they stay cached for the life of the panel. The change
 * names the open chat, where the back end notes who changed what and why; the chat's notes are
 * then fetched again, so the note shows even when its `note_added` does not reach this console.
 */
@Injectable()
export class DcoStatusStore {
  private readonly api = inject(PartnerEnrolApi);
  private readonly partner = inject(PartnerStore);
  private readonly notes = inject(NotesStore);
  private readonly destroyRef = inject(DestroyRef);

  /** The main reason categories. */
  readonly mainTags = new SectionResource<string, readonly MainTag[]>({
    fetch: () => this.api.fetchMainTags().pipe(map((response) => response.main_tags ?? [])),
    fallbackError: 'The reasons could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** The sub-tags of the chosen main tag. */
  readonly subTags = new SectionResource<string, readonly SubTag[]>({
    fetch: (mainTagId) =>
      this.api.fetchSubTagsForMainTags({ main_tag_ids: [mainTagId] }).pipe(
        // Only the chosen category's sub-tags belong in its list, whatever else comes back.
        map((response) => (response.sub_tags ?? []).filter((s) => s.main_tag_id === mainTagId)),
      ),
    fallbackError: 'The detailed reasons could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** Every tag, flat, to search across categories. */
  readonly allTags = new SectionResource<string, readonly FreelancerTag[]>({
    fetch: () => this.api.fetchAllTagsForFreelancer().pipe(map((response) => response.tags ?? [])),
    fallbackError: 'The reason search could not be loaded. Pick a reason from the lists instead.',
    destroyRef: this.destroyRef,
  });

  /** The status change; a success reloads the partner and DCO sections. */
  readonly update = new SectionAction<UpdateDcoStatusRequest, UpdateDcoStatusResponse>({
    run: (request) => this.api.updateDCOStatusByFreelancer(request),
    fallbackError: 'The status was not changed. Try again.',
    onDone: (_, request) => {
      this.partner.refreshStatus();
      if (request.chat_id) {
        this.notes.load(request.chat_id, true);
      }
    },
  });

  /** Loads the main tags and the flat list, unless held. */
  loadTaxonomy(): void {
    this.mainTags.load(TAXONOMY);
    this.allTags.load(TAXONOMY);
  }

  /** Loads the sub-tags of a main tag, or clears them when none is chosen. */
  chooseMainTag(mainTagId: string | null): void {
    if (mainTagId) {
      this.subTags.load(mainTagId);
    } else {
      this.subTags.clear();
    }
  }

  /** Sends the status change, from the open chat. */
  submit(request: UpdateDcoStatusRequest): void {
    const chatId = this.partner.subject()?.chatId;
    this.update.run(chatId ? { ...request, chat_id: chatId } : request);
  }

  /** Forgets the previous chat's result. */
  open(): void {
    this.update.reset();
  }
}
