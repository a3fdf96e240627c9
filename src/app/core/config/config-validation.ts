import { APP_CONFIG_URL_KEYS, AppConfig } from './app-config';

/** Outcome of checking a `config.json` body. */
export type ConfigCheck = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

const PROFILES = ['local', 'staging', 'production'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUrl(key: string, value: unknown, schemes: readonly string[]): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return `"${key}" is missing: set it to the back end's base URL.`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${key}" is not a valid URL: "${value}".`;
  }
  if (!schemes.includes(url.protocol)) {
    return `"${key}" must start with ${schemes.map((s) => s.replace(':', '://')).join(' or ')}: "${value}".`;
  }
  return null;
}

/**
 * Checks an untrusted `config.json` body. Every problem is reported by key name, so the error page
 * can tell whoever deploys the console exactly which line to fix.
 */
export function checkAppConfig(raw: unknown): ConfigCheck {
  if (!isRecord(raw)) {
    return { ok: false, problems: ['config.json must hold a JSON object with the back-end URLs.'] };
  }
  const problems: string[] = [];
  const profile = raw['profile'];
  if (typeof profile !== 'string' || !(PROFILES as readonly string[]).includes(profile)) {
    problems.push(`"profile" must be one of ${PROFILES.join(', ')}.`);
  }
  for (const key of APP_CONFIG_URL_KEYS) {
    const schemes = key === 'onewayLocationWebSocketApi' ? ['ws:', 'wss:'] : ['http:', 'https:'];
    const problem = checkUrl(key, raw[key], schemes);
    if (problem) {
      problems.push(problem);
    }
  }
  const authPayload = raw['socketAuthPayload'];
  if (authPayload !== undefined && typeof authPayload !== 'boolean') {
    problems.push('"socketAuthPayload" must be true or false.');
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return { ok: true, config: raw as unknown as AppConfig };
}
