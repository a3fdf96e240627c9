import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'chats' },
  { path: 'login', loadChildren: () => import('./features/login/login.routes') },
  { path: 'chats', loadChildren: () => import('./features/console/console.routes') },
  { path: 'dashboard', loadChildren: () => import('./features/dashboard/dashboard.routes') },
  { path: '**', redirectTo: 'chats' },
];
