import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** What the enlarged photo shows. */
export interface ImageViewerData {
  /** A `blob:` URL made by `MediaStore`, or a photo's http(s) URL. */
  url: string;
  alt: string;
  title: string;
}

/** A photo from a message or the customer panel, enlarged; Escape or Close closes it. */
@Component({
  selector: 'app-image-viewer-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content class="content">
      <img [src]="data.url" [alt]="data.alt" referrerpolicy="no-referrer" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close cdkFocusInitial>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      display: flex;
      justify-content: center;
    }
    img {
      max-width: 100%;
      max-height: 75vh;
      object-fit: contain;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImageViewerDialog {
  protected readonly data = inject<ImageViewerData>(MAT_DIALOG_DATA);
}
