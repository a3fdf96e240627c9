import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth-guard';
import { PRELOAD_ON_SIGN_IN } from './core/routing/sign-in-preloading';
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
    loadChildren: () => import('./shell/shell.routes'),
    data: { [PRELOAD_ON_SIGN_IN]: true },
  },
  { path: '**', redirectTo: '' },
];
