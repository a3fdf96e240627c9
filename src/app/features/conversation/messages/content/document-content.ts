import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MediaAttachment } from '../../../../../contract';
import { fileSize } from './file-size';
import { mediaResource } from './media-resource';

/** A document: its name and size, and a download that saves it under its own name. */
@Component({
  selector: 'app-document-content',
  imports: [MatButtonModule],
  template: `
    <div class="document">
      <span class="material-symbols-outlined" aria-hidden="true">description</span>
      <span class="file">
        <span class="file-name">{{ fileName() }}</span>
        <span class="size">{{ size() }}</span>
      </span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="downloading()"
        [attr.aria-label]="'Download ' + fileName()"
        (click)="download()"
      >
        {{ downloading() ? 'Downloading…' : 'Download' }}
      </button>
    </div>
    @if (media()?.status === 'error') {
      <div class="failed" role="alert">
        <span>Couldn't download the document.</span>
        <button mat-button type="button" (click)="retry()">Retry</button>
      </div>
    }
  `,
  styleUrl: './media-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentContent {
  private readonly document = inject(DOCUMENT);

  /** The document's attachment. */
  readonly attachment = input.required<MediaAttachment>();

  // Documents can be large: nothing is downloaded until the executive asks for it.
  private readonly requested = signal(false);
  private readonly saveWhenReady = signal(false);
  private readonly resource = mediaResource(() =>
    this.requested() ? this.attachment().media_id : null,
  );
  protected readonly media = this.resource.state;
  protected readonly fileName = computed(() => this.attachment().file_name || 'Document');
  protected readonly size = computed(() => fileSize(this.attachment().size_bytes));
  protected readonly downloading = computed(
    () => this.saveWhenReady() && this.media()?.status === 'loading',
  );

  constructor() {
    effect(() => {
      const state = this.media();
      if (this.saveWhenReady() && state?.status === 'ready') {
        this.saveWhenReady.set(false);
        this.save(state.url);
      } else if (state?.status === 'error') {
        this.saveWhenReady.set(false);
      }
    });
  }

  protected download(): void {
    this.requested.set(true);
    this.saveWhenReady.set(true);
  }

  protected retry(): void {
    this.saveWhenReady.set(true);
    this.resource.retry();
  }

  private save(url: string): void {
    const link = this.document.createElement('a');
    link.href = url;
    link.download = this.fileName();
    link.rel = 'noopener';
    link.click();
  }
}
