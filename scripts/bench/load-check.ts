// A bounded load check of the static server serving out/: a fixed number of requests over every
// sitemap page and asset type, on loopback only. Reports throughput, latency and errors.
// Usage: npm run build && npx tsx scripts/bench/load-check.ts [requests] [concurrency]
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../dev/serve.mjs';

const total = Number(process.argv[2] ?? 5000);
const concurrency = Number(process.argv[3] ?? 32);
const pages = [...readFileSync('out/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const paths = [...pages, '/blog/feed.xml', '/llms.txt', '/pagefind/pagefind.js', '/docs/concepts/data_model.md', '/og/index.png'];

const server = createStaticServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

let next = 0;
let errors = 0;
let bytes = 0;
const latencies: number[] = [];
async function worker() {
  while (next < total) {
    const path = paths[next++ % paths.length];
    const start = performance.now();
    try {
      const response = await fetch(base + path);
      bytes += (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - start);
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(`| requests | concurrency | paths | throughput | p50 | p99 | errors | transferred |`);
console.log(`|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${total} | ${concurrency} | ${paths.length} | ${(total / seconds).toFixed(0)} req/s | ${pct(50)} ms | ${pct(99)} ms | ${errors} | ${(bytes / 1024 / 1024).toFixed(1)} MiB |`,
);
server.close();
process.exit(errors ? 1 : 0);
