// Finishes the static export (after `next build`) for pages that run no React:
// - strips React's and Next's browser runtime. Every page is complete server-rendered HTML
//   and its interactive parts are enhanced by the site script (lib/browser/), so nothing
//   hydrates: the runtime (~130 KB gzip before any component), the RSC payload inlined in
//   each page (about half its HTML) and the client-navigation payloads only cost time;
// - lets the system setting choose light or dark when JavaScript is off (lib/system-scheme.ts),
//   in the stylesheets and in Mantine's inline theme styles;
// - fails when a page has an inline script the Content-Security-Policy would block (lib/headers.ts),
//   or when vercel.json, whose headers Vercel sends, does not have that policy.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HEADER_RULES } from '../lib/headers';
import { assertInlineScriptsAllowed } from '../lib/inline-script-guard';
import { stripRuntime } from '../lib/strip-runtime';
import { addSystemSchemeFallback } from '../lib/system-scheme';
import { shard } from './shards';

const OUT = process.argv[2] ?? 'out';
// Vercel builds with `npm run build` only: a stale vercel.json would deploy a CSP that blocks these pages.
if (JSON.stringify(JSON.parse(readFileSync('vercel.json', 'utf8')).headers) !== JSON.stringify(HEADER_RULES)) {
  throw new Error('vercel.json does not have the headers of lib/headers.ts: run npm run vercel-config.');
}
// Pages are many and each is read, rewritten and written: split them over the cores.
const { index, count, owns } = await shard();
/** Mantine's inline theme styles are the same on every page: rewrite each variant once. */
const themeStyles = new Map<string, string>();
function withSystemScheme(css: string): string {
  let finished = themeStyles.get(css);
  if (finished === undefined) themeStyles.set(css, (finished = addSystemSchemeFallback(css)));
  return finished;
}
let pages = 0;
let before = 0;
let after = 0;
let stylesheets = 0;
for (const entry of readdirSync(OUT, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  if (!owns(file)) continue;
  if (entry.name.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    const finished = stripRuntime(html).replace(/(<style data-mantine-styles="true">)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => open + withSystemScheme(css) + close);
    assertInlineScriptsAllowed(finished, file);
    writeFileSync(file, finished);
    pages += 1;
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(finished);
  } else if (entry.name.endsWith('.css')) {
    writeFileSync(file, addSystemSchemeFallback(readFileSync(file, 'utf8')));
    stylesheets += 1;
  } else if (/^__next\..*\.txt$/.test(entry.name) || (entry.name === 'index.txt' && existsSync(path.join(entry.parentPath, 'index.html')))) {
    // Client-navigation payloads: only the router, which no page loads, reads them.
    rmSync(file);
  }
}
console.log(`Finished (shard ${index + 1} of ${count}) ${pages} pages without the React runtime (${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MiB of HTML) and ${stylesheets} stylesheets with the system colour scheme for no-JS visitors.`);
