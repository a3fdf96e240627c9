/*
 * The console's service worker: a returning executive gets the app shell and its code from this
 * browser instead of the network.
 *
 * - Hashed build files (main-*, chunk-*, styles-*, media/*): cache first. Their names change with
 *   their content, so a cached copy is never stale; old builds' files stay (up to MAX_ASSETS) so a
 *   tab still running an older build can load its lazy code after a deploy.
 * - Navigations (index.html): network first, the cached copy only when the network fails.
 * - Everything else passes through untouched: config.json (must always be fresh), quick-replies.json,
 *   the back ends' APIs and the socket, which live on other origins anyway.
 *
 * Updates: the page registers `sw.js?build=<its main script>`. A new build therefore installs a new
 * worker, which fetches and caches that build's shell while the old one keeps serving; the page
 * then offers "A new version is ready · Reload" and, on the click, posts `skip-waiting`.
 */
const ASSETS = 'ccc-assets-v1';
const SHELL = 'ccc-shell-v1';
const INDEX = new URL('index.html', self.registration.scope).href;
/** Build files kept across builds: two builds of about 130 files each. */
const MAX_ASSETS = 400;
const HASHED =
  /^(?:(?:main|chunk|styles|polyfills)-[A-Z0-9]{8}\.(?:js|css)|media\/[^/]+-[A-Z0-9]{8}\.\w+)$/;

/** The path of `url` inside the worker's scope, or null for another origin or outside the scope. */
function scoped(url) {
  const scope = self.registration.scope;
  return url.startsWith(scope) ? url.slice(scope.length).split(/[?#]/)[0] : null;
}

function isHashed(url) {
  const path = scoped(url);
  return path !== null && HASHED.test(path);
}

/** The build files a page of index.html starts with: its scripts, module preloads and styles. */
function filesOf(html) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1], self.registration.scope).href;
    if (isHashed(url)) {
      urls.add(url);
    }
  }
  return [...urls];
}

/** Adds `urls` to the asset cache (from the HTTP cache when it has them), skipping those held. */
async function cacheFiles(urls) {
  const cache = await caches.open(ASSETS);
  await Promise.all(
    urls.filter(isHashed).map(async (url) => {
      if (!(await cache.match(url))) {
        const response = await fetch(url);
        if (response.ok) {
          await cache.put(url, response);
        }
      }
    }),
  );
}

/** Lets go of the oldest build files beyond MAX_ASSETS (a cache keeps its insertion order). */
async function trimAssets() {
  const cache = await caches.open(ASSETS);
  const keys = await cache.keys();
  await Promise.all(
    keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((key) => cache.delete(key)),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // This build's shell, fresh from the server: index.html and the files it names.
      const response = await fetch(INDEX, { cache: 'no-cache' });
      if (!response.ok) {
        throw new Error(`index.html answered ${response.status}`);
      }
      const html = await response.clone().text();
      await cacheFiles(filesOf(html));
      await (await caches.open(SHELL)).put(INDEX, response);
      // The first worker takes over at once; a later one waits for the page to ask (the prompt).
      if (!self.registration.active) {
        await self.skipWaiting();
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith('ccc-') && name !== ASSETS && name !== SHELL)
          .map((name) => caches.delete(name)),
      );
      await trimAssets();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'skip-waiting') {
    void self.skipWaiting();
  } else if (data && data.type === 'cache-files' && Array.isArray(data.urls)) {
    // The files the page loaded before this worker controlled it.
    event.waitUntil(
      cacheFiles(data.urls.filter((url) => typeof url === 'string')).catch(() => undefined),
    );
  }
});

/** Cache first for a hashed build file; a miss is fetched and kept. */
async function buildFile(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request.url);
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request.url, response.clone());
  }
  return response;
}

/** Network first for the page itself; the cached shell when the network fails. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      await (await caches.open(SHELL)).put(INDEX, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(INDEX, { cacheName: SHELL });
    if (cached) {
      return cached;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate' && scoped(request.url) !== null) {
    event.respondWith(page(request));
  } else if (isHashed(request.url)) {
    event.respondWith(buildFile(request));
  }
  // Anything else (config.json above all) goes to the network as if there were no worker.
});
