import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding, withPreloading } from '@angular/router';

import { routes } from './app.routes';
import { AppConfig } from './core/config/app-config';
import { APP_CONFIG } from './core/config/app-config-token';
import { API_INTERCEPTORS } from './core/auth/api-interceptors';
import { SignInPreloading } from './core/routing/sign-in-preloading';

/** Application providers for a validated runtime configuration. */
export function createAppConfig(config: AppConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideRouter(routes, withComponentInputBinding(), withPreloading(SignInPreloading)),
      provideHttpClient(withFetch(), withInterceptors([...API_INTERCEPTORS])),
      { provide: APP_CONFIG, useValue: config },
    ],
  };
}
