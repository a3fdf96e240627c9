import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { REST_ENDPOINTS, checkPayload } from '../../contract';
import { RESPONSE_CONTRACT } from '../core/api/response-validator';

/*
 * Imported for its effect: before every spec, the contract's schemas are at hand, so a REST
 * response is checked in the same turn, as in the running console once its schemas have loaded.
 * A spec that wants the lazy loading provides RESPONSE_CONTRACT itself, which wins.
 */
beforeEach(() => {
  TestBed.configureTestingModule({
    providers: [{ provide: RESPONSE_CONTRACT, useValue: of({ REST_ENDPOINTS, checkPayload }) }],
  });
});
