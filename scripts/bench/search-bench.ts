// What search costs a visitor on the built site: bytes fetched when the dialog first opens and
// runs a query, bytes for a second query, and the time from the last keystroke to results.
// Usage: npm run build && npx tsx scripts/bench/search-bench.ts
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { createStaticServer } from '../dev/serve.mjs';

const server = createStaticServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto(`${base}/docs/`, { waitUntil: 'networkidle' });

let bytes = 0;
let requests = 0;
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  bytes += body.length;
  requests++;
});

async function query(term: string): Promise<{ ms: number; bytes: number; requests: number }> {
  bytes = 0;
  requests = 0;
  const input = page.getByRole('combobox', { name: 'Search the site' });
  await input.fill('');
  const start = Date.now();
  await input.fill(term);
  await page.getByRole('option').first().waitFor();
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  return { ms, bytes, requests };
}

bytes = 0;
await page.keyboard.press('Control+k');
await page.getByRole('combobox', { name: 'Search the site' }).waitFor();
await page.waitForLoadState('networkidle');
const open = { bytes, requests };
const first = await query('relabel');
// Later queries, each a new word: the median says what a visitor gets, the slowest what can happen.
const later = [];
for (const term of ['histogram', 'alertmanager', 'scrape_config', 'federation', 'rate(', 'recording rules', 'honor_labels'])
  later.push(await query(term));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| step | requests | bytes (uncompressed) | keystroke → results |');
console.log('|---|---|---|---|');
console.log(`| open the dialog (part of the page script) | ${open.requests} | ${kb(open.bytes)} | |`);
console.log(
  `| first query ("relabel": Pagefind, wasm, index, search code, fragments) | ${first.requests} | ${kb(first.bytes)} | ${first.ms} ms |`,
);
console.log(
  `| each later query (${later.length} words; median, slowest) | ${median(later.map((q) => q.requests))} | ${kb(median(later.map((q) => q.bytes)))} | ${median(later.map((q) => q.ms))} ms, ${Math.max(...later.map((q) => q.ms))} ms |`,
);
await browser.close();
server.close();
