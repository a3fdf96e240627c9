import { Routes } from '@angular/router';

export default [{ path: '', loadComponent: () => import('./console-page') }] satisfies Routes;
