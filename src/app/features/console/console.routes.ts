import { Routes } from '@angular/router';

export default [
  {
    path: '',
    loadComponent: () => import('./console-page'),
    children: [
      { path: '', loadComponent: () => import('./no-chat-selected') },
      {
        path: ':chatId',
        loadComponent: () => import('../conversation/conversation-pane'),
      },
    ],
  },
] satisfies Routes;
