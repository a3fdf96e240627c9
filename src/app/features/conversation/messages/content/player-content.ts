import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MediaAttachment } from '../../../../../contract';
import { MediaState } from '../../state/media-store';
import { mediaResource } from './media-resource';

const NOUN = { audio: 'voice message', video: 'video' } as const;

/** A voice message or video, played from its downloaded file. */
@Component({
  selector: 'app-player-content',
  imports: [MatButtonModule],
  // The `blob:` URL is bound as it is: `audio[src]` has no security context and `video[src]` is
  // a URL context whose sanitizer only rewrites javascript: URLs.
  template: `
    @switch (media().status) {
      @case ('ready') {
        @if (kind() === 'audio') {
          <audio controls preload="metadata" [src]="url()" [attr.aria-label]="label()"></audio>
        } @else {
          <video controls preload="metadata" [src]="url()" [attr.aria-label]="label()"></video>
        }
      }
      @case ('error') {
        <div class="failed" role="alert">
          <span>Couldn't load the {{ noun() }}.</span>
          <button mat-button type="button" (click)="retry()">Retry</button>
        </div>
      }
      @default {
        <div
          class="placeholder"
          [class.audio]="kind() === 'audio'"
          role="status"
          [attr.aria-label]="'Loading the ' + noun()"
        ></div>
      }
    }
  `,
  styleUrl: './media-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlayerContent {
  /** The recording's attachment. */
  readonly attachment = input.required<MediaAttachment>();
  /** Whether it plays as sound or as a video. */
  readonly kind = input.required<'audio' | 'video'>();

  private readonly resource = mediaResource(() => this.attachment().media_id);
  protected readonly media = computed<MediaState>(
    () => this.resource.state() ?? { status: 'loading' },
  );
  protected readonly url = computed(() => {
    const state = this.media();
    return state.status === 'ready' ? state.url : '';
  });
  protected readonly noun = computed(() => NOUN[this.kind()]);
  protected readonly label = computed(() => {
    const name = this.attachment().caption?.trim() || this.attachment().file_name;
    return name ? `${NOUN[this.kind()]}: ${name}` : NOUN[this.kind()];
  });

  protected retry(): void {
    this.resource.retry();
  }
}
