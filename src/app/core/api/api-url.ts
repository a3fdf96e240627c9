/**
 * Joins a configured base URL and a relative path with exactly one slash between them, whether or
 * not the base ends with a slash or the path starts with one. Config values come from whoever
 * deploys the console, so both spellings must work.
 */
export function joinUrl(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  return trimmedPath === '' ? trimmedBase : `${trimmedBase}/${trimmedPath}`;
}

/** Encodes one value taken from data (an id, a phone number) for use as a single path segment. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}

/** Whether `url` is `base` itself or lies under it, ignoring a query string or fragment. */
export function isUnderBase(url: string, base: string): boolean {
  const trimmedBase = base.replace(/\/+$/, '');
  if (trimmedBase === '' || !url.startsWith(trimmedBase)) {
    return false;
  }
  const next = url.charAt(trimmedBase.length);
  // A bare prefix test would let `https://host:41000` pass as under `https://host:4100`.
  return next === '' || next === '/' || next === '?' || next === '#';
}

/** Whether `url` names exactly the endpoint `target`, ignoring a trailing slash, query or fragment. */
export function isSameEndpoint(url: string, target: string): boolean {
  const strip = (value: string) => value.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return strip(url) === strip(target);
}
