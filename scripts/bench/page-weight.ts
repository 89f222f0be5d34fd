// Page weight of built pages as a browser loads them: requests and bytes per resource type,
// decoded and gzip-compressed (gzip -9 of each response, what a CDN would send).
// Usage: npm run build && npm run weight -- / /docs/ /community/
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { createStaticServer } from '../dev/serve.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/docs/', '/community/'];
type Totals = Partial<Record<string, { requests: number; bytes: number; gzip: number }>>;

const server = createStaticServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });

const rows: string[] = [
  '| page | requests | HTML (gzip) | JS (gzip) | CSS (gzip) | fonts | total (gzip) |',
  '|---|---|---|---|---|---|---|',
];
for (const p of paths) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const totals: Totals = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const type = response.request().resourceType();
        // Link prefetches load later pages' data, not this page.
        if (type === 'fetch' || type === 'xhr') return;
        const kind =
          type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' ? 'font' : 'other';
        const body = await response.body().catch(() => Buffer.alloc(0));
        const entry = (totals[kind] ??= { requests: 0, bytes: 0, gzip: 0 });
        entry.requests++;
        entry.bytes += body.length;
        // Fonts (woff2) and images are already compressed.
        entry.gzip += kind === 'font' || kind === 'other' ? body.length : gzipSync(body, { level: 9 }).length;
      })(),
    );
  });
  await page.goto(base + p, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const kb = (n = 0) => `${(n / 1024).toFixed(1)} KB`;
  const all = Object.values(totals).filter((total) => total !== undefined);
  const sum = (key: 'requests' | 'bytes' | 'gzip') => all.reduce((acc, t) => acc + t[key], 0);
  rows.push(
    `| \`${p}\` | ${sum('requests')} | ${kb(totals.html?.gzip)} | ${kb(totals.js?.gzip)} (${kb(totals.js?.bytes)} decoded) | ${kb(totals.css?.gzip)} | ${kb(totals.font?.bytes)} | ${kb(sum('gzip'))} |`,
  );
  await page.close();
}
console.log(rows.join('\n'));
await browser.close();
server.close();
