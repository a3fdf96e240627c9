import { InjectionToken } from '@angular/core';
import { AppConfig } from './app-config';

/** The validated runtime configuration, provided once at bootstrap from `config.json`. */
export const APP_CONFIG = new InjectionToken<AppConfig>('AppConfig');
