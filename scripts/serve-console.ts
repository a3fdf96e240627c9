/**
 * Serves the production build of the console, the way a static host would, with an SPA fallback.
 * `config.json` is generated so the console reaches a local stack on any port base
 * (STACK_PORT_BASE, default 4100): e2e and benchmarks run their own stack beside a developer's.
 * CONSOLE_SOCKET_URL puts the gateway elsewhere, for example behind a proxy that refuses websockets;
 * CONSOLE_SOCKET_AUTH_PAYLOAD=1 sets `socketAuthPayload`. Hashed build files are served as immutable,
 * from their brotli twin when there is one (scripts/precompress.ts); `sw.js` and index.html never
 * from a cache without asking.
 */
import express from 'express';
import { existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

const root = resolve(process.env['CONSOLE_DIST'] ?? 'dist/customer-care-chat-v2/browser');
const port = Number(process.env['CONSOLE_PORT'] ?? 4200);
const base = Number(process.env['STACK_PORT_BASE'] ?? 4100);
const host = process.env['STACK_HOST'] ?? 'localhost';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No console build at ${root}: run "npx ng build" first.`);
  process.exit(1);
}

const config = {
  profile: 'local',
  pySmartChatUrl: `http://${host}:${base}/`,
  pySmartChatUrlForChat: process.env['CONSOLE_SOCKET_URL'] ?? `http://${host}:${base}`,
  pySmartChatV2AuthUrl: `http://${host}:${base}/api/auth/login`,
  pySmartChatV2RateUrl: `http://${host}:${base}/api/chats`,
  nodejsOnewayAdminUrl: `http://${host}:${base + 1}/`,
  webApiURL: `http://${host}:${base + 2}/third/`,
  partnerEnrollApi: `http://${host}:${base + 3}/rest/V1/`,
  onewayLocationWebSocketApi: `ws://${host}:${base}/`,
  socketAuthPayload: process.env['CONSOLE_SOCKET_AUTH_PAYLOAD'] === '1',
};

/** The origin of an http(s) or ws(s) URL, as a CSP source. */
function originOf(url: string): string {
  return new URL(url).origin;
}

const backEnds = [
  ...new Set(
    [
      config.pySmartChatUrl,
      config.pySmartChatV2AuthUrl,
      config.pySmartChatV2RateUrl,
      config.nodejsOnewayAdminUrl,
      config.webApiURL,
      config.partnerEnrollApi,
    ].map(originOf),
  ),
];
// The socket connects to the chat back end over ws(s), with a polling fallback over http(s).
const socketOrigins = [
  originOf(config.pySmartChatUrlForChat),
  originOf(config.pySmartChatUrlForChat).replace(/^http/, 'ws'),
].join(' ');

/**
 * The header twin of the build's <meta> policy, narrowed to the back ends of this config (a meta
 * policy cannot know them). Browsers enforce both, so the stricter source lists win.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${backEnds.join(' ')}`,
  `media-src 'self' blob: ${backEnds.join(' ')}`,
  "font-src 'self'",
  `connect-src 'self' ${backEnds.join(' ')} ${socketOrigins}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types angular angular#bundler angular#components service-worker',
].join('; ');

const app = express();
app.disable('x-powered-by');
app.use((_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  next();
});
app.get('/config.json', (_req, res) => {
  res.setHeader('Cache-Control', 'no-store');
  res.json(config);
});
// The service worker is checked for updates on every registration: never from a cache.
app.get('/sw.js', (_req, res) => {
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile('sw.js', { root, cacheControl: false });
});
// A brotli twin (scripts/precompress.ts) is sent to a browser that takes it. Hashed build files
// never change under their name; the bundles without a hash (script-fonts.css, toasts.css) change
// in place and are checked again each time (an unchanged one answers 304).
const hashed = /^\/(?:[\w-]+-[A-Z0-9]{8}\.(?:js|css)|media\/[\w.-]+-[A-Z0-9]{8}\.\w+)$/;
const unhashed = /^\/[\w-]+\.(?:js|css)$/;
const forever = { maxAge: '365d', immutable: true } as const;
app.use((req, res, next) => {
  const type = { '.js': 'text/javascript', '.css': 'text/css' }[extname(req.path)];
  const isHashed = hashed.test(req.path);
  if (
    (req.method !== 'GET' && req.method !== 'HEAD') ||
    !type ||
    (!isHashed && (!unhashed.test(req.path) || req.path === '/sw.js')) ||
    req.acceptsEncodings('br') !== 'br' ||
    !existsSync(join(root, `${req.path}.br`))
  ) {
    next();
    return;
  }
  res.setHeader('Content-Encoding', 'br');
  res.setHeader('Vary', 'Accept-Encoding');
  res.type(type);
  if (!isHashed) {
    res.setHeader('Cache-Control', 'no-cache');
  }
  res.sendFile(
    `${req.path.slice(1)}.br`,
    isHashed ? { root, ...forever } : { root, cacheControl: false },
  );
});
app.use(
  express.static(root, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      const served = `/${relative(root, path).split(sep).join('/')}`;
      if (hashed.test(served)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else if (/\.(?:js|css)$/.test(served)) {
        // Bundles without a hash in their name (script-fonts.css, toasts.css) change in place.
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
  }),
);
app.use((req, res) => {
  if (req.method !== 'GET') {
    res.status(405).end();
    return;
  }
  res.setHeader('Cache-Control', 'no-cache');
  // Relative to `root`, so a build kept under a dot folder (the bench's `bench/.work`) is served.
  res.sendFile('index.html', { root });
});

app.listen(port, () => {
  console.warn(`Console on http://localhost:${port} (stack at ${host}:${base}-${base + 3})`);
});
