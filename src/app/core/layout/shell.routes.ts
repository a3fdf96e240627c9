import { Routes } from '@angular/router';
import { ToastrService, provideToastr } from 'ngx-toastr';

import { supervisorGuard } from '../auth/auth-guard';
import { AlertStore } from '../alerts/alert-store';
import { AppShell } from './app-shell';
import { redirectToRoleHome } from './role-home';
import { TOAST_DEFAULTS } from './toast-defaults';

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
    providers: [provideToastr(TOAST_DEFAULTS), ToastrService, AlertStore],
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToRoleHome },
      { path: 'chats', loadChildren: () => import('../../features/console/console.routes') },
      {
        path: 'dashboard',
        canActivate: [supervisorGuard],
        loadChildren: () => import('../../features/dashboard/dashboard.routes'),
      },
    ],
  },
] satisfies Routes;
