import { Routes } from '@angular/router';

import DashboardPage from './dashboard-page';
import { DashboardStore } from './state/dashboard-store';

// The whole dashboard (with its charting library) is one lazy chunk, loaded by this file's import.
export default [
  {
    path: '',
    // On the route, not the page: the feeds and the day's series survive a visit to a chat.
    providers: [DashboardStore],
    component: DashboardPage,
  },
] satisfies Routes;
