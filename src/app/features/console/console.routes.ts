import { Routes } from '@angular/router';

import { PRELOAD_ON_SIGN_IN } from '../../core/routing/sign-in-preloading';

export default [
  {
    path: '',
    loadComponent: () => import('./console-page'),
    data: { [PRELOAD_ON_SIGN_IN]: true },
    children: [
      { path: '', loadComponent: () => import('./no-chat-selected') },
      {
        path: ':chatId',
        loadComponent: () => import('../conversation/conversation-pane'),
      },
    ],
  },
] satisfies Routes;
