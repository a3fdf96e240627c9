import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MediaAttachment } from '../../../../../contract';
import { LazyDialog } from '../../../../core/layout/lazy-dialog';
import { MediaState } from '../../state/media-store';
import type { ImageViewerData } from './image-viewer-dialog';
import { mediaResource } from './media-resource';

/** A photo: a thumbnail that enlarges on click, or a retry when it could not be downloaded. */
@Component({
  selector: 'app-image-content',
  imports: [MatButtonModule],
  // `[src]` takes the `blob:` URL as it is: Angular's URL sanitizer lets blob: through and only
  // rewrites javascript: URLs, so no bypassSecurityTrust* is needed.
  template: `
    @switch (media().status) {
      @case ('ready') {
        <button type="button" class="thumb" (click)="enlarge()" [attr.aria-label]="openLabel()">
          <img [src]="url()" [alt]="alt()" />
        </button>
      }
      @case ('error') {
        <div class="failed" role="alert">
          <span>Couldn't load the photo.</span>
          <button mat-button type="button" (click)="retry()">Retry</button>
        </div>
      }
      @default {
        <div class="placeholder" role="status" aria-label="Loading the photo"></div>
      }
    }
  `,
  styleUrl: './media-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImageContent {
  // The viewer's code loads when a photo is first enlarged.
  private readonly dialog = inject(LazyDialog);

  /** The photo's attachment. */
  readonly attachment = input.required<MediaAttachment>();

  private readonly resource = mediaResource(() => this.attachment().media_id);
  protected readonly media = computed<MediaState>(
    () => this.resource.state() ?? { status: 'loading' },
  );
  protected readonly url = computed(() => {
    const state = this.media();
    return state.status === 'ready' ? state.url : '';
  });
  protected readonly alt = computed(() => {
    const { caption, file_name } = this.attachment();
    return caption?.trim() || file_name || 'Photo from the chat';
  });
  protected readonly openLabel = computed(() => `Enlarge photo: ${this.alt()}`);

  protected enlarge(): void {
    const data: ImageViewerData = { url: this.url(), alt: this.alt(), title: this.alt() };
    void this.dialog.open(() => import('./image-viewer-dialog').then((m) => m.ImageViewerDialog), {
      data,
      maxWidth: '90vw',
    });
  }

  protected retry(): void {
    this.resource.retry();
  }
}
