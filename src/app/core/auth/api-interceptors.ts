import { HttpInterceptorFn } from '@angular/common/http';

import { credentialsInterceptor } from './credentials-interceptor';
import { errorInterceptor } from './error-interceptor';
import { sessionExpiredInterceptor } from './session-expired-interceptor';

/**
 * The REST interceptors in their order, outermost first: errors are typed last, after the
 * session-expired step has seen the raw 401 and the credentials step has had its one retry.
 */
export const API_INTERCEPTORS: readonly HttpInterceptorFn[] = [
  errorInterceptor,
  sessionExpiredInterceptor,
  credentialsInterceptor,
];
