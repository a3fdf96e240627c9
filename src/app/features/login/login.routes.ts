import { Routes } from '@angular/router';

export default [{ path: '', loadComponent: () => import('./login-page') }] satisfies Routes;
