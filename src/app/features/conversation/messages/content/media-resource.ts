import { Signal, computed, effect, inject, untracked } from '@angular/core';

import { MediaState, MediaStore } from '../../state/media-store';

/**
 * Holds a media file for as long as the calling component lives (call in an injection context):
 * it is downloaded while `mediaId` is set and released when the id changes or the component goes.
 */
export function mediaResource(mediaId: () => string | null): {
  state: Signal<MediaState | null>;
  retry: () => void;
} {
  const store = inject(MediaStore);
  effect((onCleanup) => {
    const id = mediaId();
    if (id === null) {
      return;
    }
    untracked(() => store.acquire(id));
    onCleanup(() => store.release(id));
  });
  return {
    state: computed(() => {
      const id = mediaId();
      return id === null ? null : store.media(id);
    }),
    retry: () => {
      const id = untracked(mediaId);
      if (id !== null) {
        store.retry(id);
      }
    },
  };
}
