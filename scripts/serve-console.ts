/**
 * Serves the production build of the console, the way a static host would, with an SPA fallback.
 * `config.json` is generated so the console reaches a local stack on any port base
 * (STACK_PORT_BASE, default 4100): e2e and benchmarks run their own stack beside a developer's.
 */
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  pySmartChatUrlForChat: `http://${host}:${base}`,
  pySmartChatV2AuthUrl: `http://${host}:${base}/api/auth/login`,
  pySmartChatV2RateUrl: `http://${host}:${base}/api/chats`,
  nodejsOnewayAdminUrl: `http://${host}:${base + 1}/`,
  webApiURL: `http://${host}:${base + 2}/third/`,
  partnerEnrollApi: `http://${host}:${base + 3}/rest/V1/`,
  onewayLocationWebSocketApi: `ws://${host}:${base}/`,
  socketAuthPayload: false,
};

const app = express();
app.disable('x-powered-by');
app.use((_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
});
app.get('/config.json', (_req, res) => {
  res.setHeader('Cache-Control', 'no-store');
  res.json(config);
});
app.use(express.static(root, { index: false, maxAge: '1h' }));
app.use((req, res) => {
  if (req.method !== 'GET') {
    res.status(405).end();
    return;
  }
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(join(root, 'index.html'));
});

app.listen(port, () => {
  console.warn(`Console on http://localhost:${port} (stack at ${host}:${base}-${base + 3})`);
});
