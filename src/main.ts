import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { createAppConfig } from './app/app.config';
import { loadAppConfig, renderConfigError } from './app/core/config/config-loader';

async function start(): Promise<void> {
  const check = await loadAppConfig();
  if (!check.ok) {
    renderConfigError(check.problems);
    return;
  }
  await bootstrapApplication(App, createAppConfig(check.config));
}

start().catch((error: unknown) => {
  renderConfigError([`The console failed to start: ${String(error)}`]);
});
