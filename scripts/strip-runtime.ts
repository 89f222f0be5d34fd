// Removes React's and Next's browser runtime from the exported pages (after `next build`).
// Every page is complete server-rendered HTML and its interactive parts are enhanced by the
// site script (lib/browser/), so nothing hydrates: the runtime (~130 KB gzip before any
// component), the RSC payload inlined in each page (about half its HTML) and the payload
// files for client-side navigation would only cost visitors time.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripRuntime } from '../lib/strip-runtime';

const OUT = process.argv[2] ?? 'out';
let pages = 0;
let before = 0;
let after = 0;
for (const entry of readdirSync(OUT, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  if (entry.name.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    const stripped = stripRuntime(html);
    writeFileSync(file, stripped);
    pages += 1;
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(stripped);
  } else if (/^__next\..*\.txt$/.test(entry.name) || (entry.name === 'index.txt' && existsSync(path.join(entry.parentPath, 'index.html')))) {
    // Client-navigation payloads: only the router, which no page loads, reads them.
    rmSync(file);
  }
}
console.log(`Removed the React runtime from ${pages} pages: ${(before / 2 ** 20).toFixed(1)} MiB → ${(after / 2 ** 20).toFixed(1)} MiB of HTML.`);
