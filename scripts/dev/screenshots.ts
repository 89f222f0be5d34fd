// Screenshots of pages in light and dark, desktop and phone, for looking at changes.
// Usage: npm run screenshots -- /docs/ /community/   (serves out/ itself; build first)
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { createStaticServer } from './serve.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/community/', '/docs/'];
const dir = process.env.SCREENSHOT_DIR ?? 'screenshots';
mkdirSync(dir, { recursive: true });

const server = createStaticServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: device === 'phone' });
    const page = await context.newPage();
    for (const p of paths) {
      await page.goto(base + p);
      const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${dir}/${name}`, fullPage: process.env.FULL_PAGE === '1' });
      console.log(`${dir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
server.close();
