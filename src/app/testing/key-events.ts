/** The `keyCode`s of the keys the specs press: the CDK's key managers read `keyCode`, not `key`. */
const KEY_CODES: Readonly<Record<string, number>> = {
  Enter: 13,
  Escape: 27,
  ' ': 32,
  PageUp: 33,
  PageDown: 34,
  End: 35,
  Home: 36,
  ArrowLeft: 37,
  ArrowUp: 38,
  ArrowRight: 39,
  ArrowDown: 40,
};

/** A bubbling, cancelable `keydown` as a browser sends it, `keyCode` included. */
export function keydown(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  return new KeyboardEvent('keydown', {
    key,
    keyCode: KEY_CODES[key] ?? 0,
    bubbles: true,
    cancelable: true,
    ...init,
  });
}

/** Dispatches `keydown(key, init)` on `target` and returns the event (to read `defaultPrevented`). */
export function pressKey(
  target: EventTarget,
  key: string,
  init: KeyboardEventInit = {},
): KeyboardEvent {
  const event = keydown(key, init);
  target.dispatchEvent(event);
  return event;
}
