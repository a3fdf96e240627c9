import type { MatDialog } from '@angular/material/dialog';
import { Routes } from '@angular/router';
import { ToastrService, provideToastr } from 'ngx-toastr';

import { PRELOAD_ON_SIGN_IN } from '../core/routing/sign-in-preloading';
import { supervisorGuard } from '../core/auth/auth-guard';
import { AlertStore } from '../core/alerts/alert-store';
import { AppShell } from '../core/layout/app-shell';
import { COMMAND_PALETTE_OPENER } from '../core/layout/command-palette-opener';
import { redirectToRoleHome } from '../core/layout/role-home';
import { TOAST_DEFAULTS } from '../core/layout/toast-defaults';

/** Fetches the command palette's code the first time the shell opens it (Ctrl+K, the toolbar). */
export async function loadCommandPalette(): Promise<(dialog: MatDialog) => unknown> {
  const { CommandPalette } = await import('../features/command-palette/command-palette');
  return (dialog) => CommandPalette.open(dialog);
}

/**
 * The signed-in console: the shell around the executive's chats and the supervisor's dashboard.
 * Toasts are only raised in here, so their code loads with the shell, not with the sign-in page.
 */
export default [
  {
    path: '',
    component: AppShell,
    // `ToastrService` and `AlertStore` are `providedIn: 'root'`; listed here, they are created in
    // this route's injector, which holds the toast configuration.
    providers: [
      provideToastr(TOAST_DEFAULTS),
      ToastrService,
      AlertStore,
      { provide: COMMAND_PALETTE_OPENER, useValue: loadCommandPalette },
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToRoleHome },
      {
        path: 'chats',
        loadChildren: () => import('../features/console/console.routes'),
        data: { [PRELOAD_ON_SIGN_IN]: true },
      },
      {
        path: 'dashboard',
        canActivate: [supervisorGuard],
        loadChildren: () => import('../features/dashboard/dashboard.routes'),
      },
    ],
  },
] satisfies Routes;
