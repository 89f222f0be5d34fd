import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3100);

/** End-to-end tests run against the production build in out/, served like a static host. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Clears the fixture build that tests share (e2e/shared-build.ts), built by the first test that needs it.
  globalSetup: './e2e/global-setup.ts',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port), HOST: 'localhost' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
