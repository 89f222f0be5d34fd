import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { test as base, expect } from '@playwright/test';
import { prepareFixtureDir } from './fixture-build';
import { freePort } from './free-port';

/**
 * `npm run dev` (predev, then contentlayer2, the site script's watcher and `next dev`), run in a
 * copy of the site (.fixture-builds/e2e-dev) on a free port: its .next/, .contentlayer/,
 * public/js/, public/pagefind/ and lib/generated/ are the copy's, so the production build in
 * out/ and .next/ and the tests reading them are untouched.
 */
const NAME = 'e2e-dev';

/** The routes the dev specs open. `next dev` compiles a route on its first request, so each is loaded once before any test. */
const ROUTES = ['/', '/community/', '/docs/concepts/data_model/'];

/** Starting takes predev (content and search index) and a compile per route: minutes on a busy machine. */
const START_TIMEOUT_MS = 600_000;

/** Playwright's `test` whose baseURL is `npm run dev`, started once per worker (the dev project runs its file in one worker). */
export const test = base.extend<{ noConsoleErrors: void }, { devOrigin: string }>({
  devOrigin: [
    async ({ browser }, use) => {
      const fixture = prepareFixtureDir(NAME, {});
      const port = await freePort();
      // Its own process group, so that npm, scripts/dev/dev.mjs and everything it started stop together.
      const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
        cwd: fixture.dir,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        // The committed docs, as the production test build: predev syncs them first.
        env: { ...process.env, DOCS_FALLBACK: '1', NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      });
      const pid = dev.pid;
      if (pid === undefined) {
        fixture.cleanup();
        throw new Error('npm run dev did not start');
      }
      let log = '';
      const record = (chunk: Buffer) => (log = `${log}${chunk.toString()}`.slice(-20_000));
      dev.stdout.on('data', record);
      dev.stderr.on('data', record);
      /** Signals the whole group: npm may be gone while `next dev` or contentlayer2 still run. */
      const signal = (name: NodeJS.Signals | 0) => {
        try {
          process.kill(-pid, name);
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
          throw error;
        }
      };
      const stop = () => signal('SIGTERM');
      // A worker that dies without its teardown must not leave the server running.
      process.once('exit', stop);
      const origin = `http://127.0.0.1:${port}`;
      try {
        try {
          const deadline = Date.now() + START_TIMEOUT_MS;
          for (;;) {
            if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}`);
            if (Date.now() > deadline) throw new Error(`${origin}/ did not answer within ${START_TIMEOUT_MS / 1000} s`);
            if (
              await fetch(`${origin}/`).then(
                (response) => response.ok,
                () => false,
              )
            )
              break;
            await sleep(500);
          }
          const page = await browser.newPage();
          for (const route of ROUTES) await page.goto(`${origin}${route}`, { timeout: START_TIMEOUT_MS });
          await page.close();
        } catch (error) {
          throw new Error(`npm run dev in ${fixture.dir} did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`);
        }
        await use(origin);
      } finally {
        stop();
        process.off('exit', stop);
        // The copy is removed once nothing of the group can still write into it.
        while (signal(0)) await sleep(100);
        fixture.cleanup();
      }
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS + 60_000 },
  ],
  baseURL: async ({ devOrigin }, use) => use(devOrigin),
  // A hydration mismatch (markup the site script changed, or the server and client rendering apart) is only a console error.
  noConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, errors.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});
