import { provideHttpClient, withFetch } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';

import { BaselineShell } from './baseline-shell';

// The yardstick of the size benchmark: what any zoneless Angular app with a router, HTTP and a
// Material shell ships before it does anything of its own.
bootstrapApplication(BaselineShell, {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter([]),
    provideHttpClient(withFetch()),
  ],
}).catch((error: unknown) => console.error(error));
