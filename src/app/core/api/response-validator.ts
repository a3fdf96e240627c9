import { Injectable, InjectionToken, inject } from '@angular/core';
import {
  Observable,
  OperatorFunction,
  ReplaySubject,
  concatMap,
  defer,
  map,
  shareReplay,
} from 'rxjs';

import type { RestEndpointName } from '../../../contract';

/** What the validator needs of the contract: the endpoints' schemas and the check. */
export type ResponseContract = Pick<
  typeof import('../../../contract'),
  'REST_ENDPOINTS' | 'checkPayload'
>;

/**
 * The contract's schemas, loaded with the first response rather than with the page: the sign-in
 * page stays small, and the module arrives while the sign-in request is on its way. Specs provide
 * it at once (`src/test-providers.ts`).
 */
export const RESPONSE_CONTRACT = new InjectionToken<Observable<ResponseContract>>(
  'ResponseContract',
  {
    providedIn: 'root',
    factory: () =>
      defer(() => import('../../../contract')).pipe(
        shareReplay({ bufferSize: 1, refCount: false }),
      ),
  },
);
import { API_BACKEND_NAMES, ApiBackend } from './api-backend';
import { ApiError } from './api-error';

/** A REST response dropped at the boundary because it did not match the contract. */
export interface MalformedResponse {
  /** The back end that sent it. */
  backend: ApiBackend;
  /** The API method, as `docs/api.md` names it, e.g. `fetchNotes`. */
  endpoint: string;
  /** Which field failed and how, e.g. `fetchNotes.notes[0].content: expected string, got null`. */
  reason: string;
}

/**
 * Checks every successful REST response against its contract schema before a store sees it. A
 * response that does not fit fails the call with a `bad_response` {@link ApiError} and is reported
 * on {@link dropped}, so the console's diagnostics can list it.
 */
@Injectable({ providedIn: 'root' })
export class ResponseValidator {
  // Replays the last drops, so the diagnostics (created with the signed-in shell) also list those
  // of the sign-in page.
  private readonly dropped$ = new ReplaySubject<MalformedResponse>(50);

  /** Every response dropped because it broke the contract, the last 50 replayed. */
  readonly dropped: Observable<MalformedResponse> = this.dropped$.asObservable();

  private readonly contract = inject(RESPONSE_CONTRACT);

  /**
   * An operator that lets through bodies fitting the response schema of `endpoint` (in
   * `REST_ENDPOINTS`) and fails the call on any other.
   */
  validate<T>(backend: ApiBackend, endpoint: RestEndpointName): OperatorFunction<unknown, T> {
    return concatMap((body: unknown) =>
      this.contract.pipe(
        map(({ REST_ENDPOINTS, checkPayload }) => {
          const reason = checkPayload(REST_ENDPOINTS[endpoint].response, body, endpoint);
          if (reason) {
            this.dropped$.next({ backend, endpoint, reason });
            throw badResponse(backend);
          }
          // The body as received (not the parsed copy), now known to fit the contract type T.
          return body as T;
        }),
      ),
    );
  }
}

/** The error a call fails with when its response breaks the contract. */
export function badResponse(backend: ApiBackend): ApiError {
  return new ApiError({
    status: 200,
    code: 'bad_response',
    backend,
    message: `${API_BACKEND_NAMES[backend]} sent an answer the console cannot read. Reload the page; if it happens again, tell your supervisor.`,
  });
}
