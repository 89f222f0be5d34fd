import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The file a site path is served from, like scripts/dev/serve.mjs does. */
function fileFor(pathname: string): string | null {
  const target = path.join(OUT, decodeURIComponent(pathname));
  for (const candidate of [target, path.join(target, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there: try the next form.
    }
  }
  return null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))));
  return ids;
}

test('every internal link and anchor in the built site resolves', () => {
  const problems: string[] = [];
  const pages = htmlFiles(OUT);
  expect(pages.length).toBeGreaterThan(50);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const pagePath = `/${path.relative(OUT, page).replace(/index\.html$/, '')}`;
    for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${pagePath}`);
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`${pagePath}: link to missing page ${url.pathname}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && !idsIn(target).has(id))
        problems.push(`${pagePath}: link to missing anchor ${url.pathname}#${id}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
