import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth-guard';
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
    loadChildren: () => import('./core/layout/shell.routes'),
  },
  { path: '**', redirectTo: '' },
];
