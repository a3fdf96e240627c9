import { Routes } from '@angular/router';

import { authGuard, supervisorGuard } from './core/auth/auth-guard';
import { redirectToRoleHome } from './core/layout/role-home';
import { signedOutGuard } from './features/login/signed-out-guard';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadChildren: () => import('./features/login/login.routes'),
  },
  {
    path: 'not-allowed',
    loadComponent: () => import('./features/not-allowed/not-allowed-page'),
  },
  {
    path: '',
    canActivate: [authGuard],
    // Checked on every move inside the console too, so an expired session ends at the next click.
    canActivateChild: [authGuard],
    loadComponent: () => import('./core/layout/app-shell').then((m) => m.AppShell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectToRoleHome },
      { path: 'chats', loadChildren: () => import('./features/console/console.routes') },
      {
        path: 'dashboard',
        canActivate: [supervisorGuard],
        loadChildren: () => import('./features/dashboard/dashboard.routes'),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
