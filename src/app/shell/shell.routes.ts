import { Routes } from '@angular/router';
import { ToastrService, provideToastr } from 'ngx-toastr';

import { PRELOAD_ON_SIGN_IN } from '../core/routing/sign-in-preloading';
import { supervisorGuard } from '../core/auth/auth-guard';
import { AlertStore } from '../core/alerts/alert-store';
import { AppShell } from '../core/layout/app-shell';
import { redirectToRoleHome } from '../core/layout/role-home';
import { TOAST_DEFAULTS } from '../core/layout/toast-defaults';

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
