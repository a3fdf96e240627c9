import { InjectionToken } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';

/**
 * How the shell opens the command palette, a feature that core does not import: the signed-in
 * routes (`src/app/shell/shell.routes.ts`) provide a loader that fetches the palette's code and
 * returns what opens it (or brings back the one already open).
 */
export const COMMAND_PALETTE_OPENER = new InjectionToken<
  () => Promise<(dialog: MatDialog) => unknown>
>('COMMAND_PALETTE_OPENER');
