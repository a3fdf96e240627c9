import type { z } from 'zod';

import {
  CLIENT_EVENT_SCHEMAS,
  type ClientEventMap,
  type ClientEventName,
} from '../../src/contract';

/** Schemas of the 13 client event payloads: the contract's, so the stack and the console agree. */
export const EVENT_SCHEMAS: {
  [K in ClientEventName]: z.core.$ZodType<ClientEventMap[K]['payload']>;
} = Object.fromEntries(
  Object.entries(CLIENT_EVENT_SCHEMAS).map(([event, { payload }]) => [event, payload]),
) as { [K in ClientEventName]: (typeof CLIENT_EVENT_SCHEMAS)[K]['payload'] };
