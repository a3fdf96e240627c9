import { ConfigCheck, checkAppConfig } from './config-validation';

/** Where the console finds its runtime configuration, relative to `index.html`. */
export const CONFIG_URL = 'config.json';

/**
 * Fetches and checks `config.json`. Never throws: an unreachable or unparsable file becomes a
 * problem list like any other bad config.
 */
export async function loadAppConfig(
  fetchFn: typeof fetch = fetch,
  url: string = CONFIG_URL,
): Promise<ConfigCheck> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store' });
  } catch {
    return { ok: false, problems: [`${url} could not be loaded: check that it is deployed.`] };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [
        `${url} answered HTTP ${response.status}: deploy a config.json beside index.html.`,
      ],
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problems: [`${url} is not valid JSON.`] };
  }
  return checkAppConfig(body);
}

/**
 * Replaces the page with a plain explanation of a bad configuration. Uses `textContent` only, so a
 * hostile value in the file cannot inject markup.
 */
export function renderConfigError(problems: readonly string[], doc: Document = document): void {
  const main = doc.createElement('main');
  main.setAttribute('role', 'alert');
  main.className = 'config-error';
  const title = doc.createElement('h1');
  title.textContent = 'The console cannot start: its configuration is invalid';
  const intro = doc.createElement('p');
  intro.textContent = 'Fix these entries in config.json, then reload the page:';
  const list = doc.createElement('ul');
  for (const problem of problems) {
    const item = doc.createElement('li');
    item.textContent = problem;
    list.appendChild(item);
  }
  main.append(title, intro, list);
  doc.body.replaceChildren(main);
}
