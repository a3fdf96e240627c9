import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-baseline-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Baseline</h2>
    <mat-dialog-content>A dialog.</mat-dialog-content>
    <mat-dialog-actions><button mat-button mat-dialog-close>Close</button></mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BaselineDialog {}

/** A toolbar, a side navigation with a list, a router outlet and a dialog. */
@Component({
  selector: 'app-root',
  imports: [MatToolbarModule, MatSidenavModule, MatListModule, MatButtonModule, RouterOutlet],
  template: `
    <mat-toolbar>
      <span>Baseline</span>
      <button mat-button type="button" (click)="openDialog()">Open dialog</button>
    </mat-toolbar>
    <mat-sidenav-container>
      <mat-sidenav mode="side" opened>
        <mat-nav-list>
          @for (item of items; track item) {
            <a mat-list-item href="#">{{ item }}</a>
          }
        </mat-nav-list>
      </mat-sidenav>
      <mat-sidenav-content><router-outlet /></mat-sidenav-content>
    </mat-sidenav-container>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BaselineShell {
  private readonly dialog = inject(MatDialog);
  protected readonly items = ['One', 'Two', 'Three'];

  protected openDialog(): void {
    this.dialog.open(BaselineDialog);
  }
}
