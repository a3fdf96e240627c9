/**
 * The in-app path to open after sign-in: `returnUrl` when it is a path inside the console, else
 * `fallback`. Anything else (another origin, `//host`, `javascript:`) is refused, so a crafted
 * login link cannot send an executive off the console.
 */
export function safeReturnUrl(returnUrl: string | null | undefined, fallback = '/chats'): string {
  if (typeof returnUrl !== 'string' || !returnUrl.startsWith('/')) {
    return fallback;
  }
  if (returnUrl.startsWith('//') || returnUrl.startsWith('/\\') || returnUrl.startsWith('/login')) {
    return fallback;
  }
  return returnUrl;
}
