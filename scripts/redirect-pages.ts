// After `next build`: a redirect page in out/ for every entry of content/redirects.yaml, for
// static hosts that cannot send HTTP redirects (Vercel sends 301s from vercel.json instead).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRedirects, redirectPage } from '../lib/redirects';
import { siteConfig } from '../site.config';

const OUT = process.env.OUT_DIR ?? 'out';
const redirects = loadRedirects();
for (const { from, to } of redirects) {
  const file = path.join(OUT, from, 'index.html');
  if (existsSync(file)) throw new Error(`content/redirects.yaml: ${from} is also a page; remove the redirect or the page`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redirectPage(to, siteConfig.url));
}
console.log(`Redirect pages: ${redirects.length}.`);
