import * as z from 'zod/mini';

/** An id sent by the console: 1 to 100 characters. */
export const id = z.string().check(z.minLength(1), z.maxLength(100));
/** The id the console gives a request, carried back by its `*_response`. */
export const requestId = id;
/** A message's position in its chat. */
export const seq = z.int().check(z.gte(0));
