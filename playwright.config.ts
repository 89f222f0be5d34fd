import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3100);
/** Fast compression for the servers the tests start (scripts/dev/serve.mjs): they compress every page once and measure no transfer sizes. */
const BROTLI_QUALITY = (process.env.BROTLI_QUALITY ??= '4');
/** The specs that read the shared fixture build (e2e/shared-build.ts): queued after the others, while it builds. */
const FIXTURE_BUILD_SPECS = /\/(announcement|attacks|fixtures|scale|sync)\.spec\.ts$/;
/** The smoke run against `npm run dev` (e2e/dev-server.ts), which starts its own server. */
const DEV_SPECS = /\/dev\.spec\.ts$/;

/** End-to-end tests run against the production build in out/, served like a static host. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Starts the fixture build that tests share (e2e/shared-build.ts) in the background.
  globalSetup: './e2e/global-setup.ts',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    // Recording a trace (screenshots above all) for every test cost about a third of the suite's CPU; CI has no use for a trace it cannot keep.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  // In this order: one worker starts `npm run dev` first (compiling beside the other's tests); a worker takes the fixture build's tests only when no test of the main build is left.
  projects: [
    // One worker runs the file, so one dev server serves it; navigations wait for `next dev` to compile and render.
    { name: 'next dev', testMatch: DEV_SPECS, fullyParallel: false, timeout: 120_000, use: { navigationTimeout: 60_000 } },
    { name: 'site', testIgnore: [FIXTURE_BUILD_SPECS, DEV_SPECS] },
    { name: 'fixture build', testMatch: FIXTURE_BUILD_SPECS },
  ],
  webServer: {
    command: 'node scripts/dev/serve.mjs',
    env: { PORT: String(port), HOST: 'localhost', BROTLI_QUALITY },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
