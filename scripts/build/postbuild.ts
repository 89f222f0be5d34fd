// Finishes the static export after `next build`, in one walk over out/ (lib/export/walk.ts):
// - removes Next's and React's browser runtime from every page by allowlist, failing on any
//   script or script preload that is neither the site's nor positively Next's;
// - lets the system setting choose light or dark when JavaScript is off (lib/site/system-scheme.ts);
// - fails when a page has an inline script, or loads an image, frame or other file, that the
//   Content-Security-Policy would block (lib/deploy/headers.ts), or when vercel.json, whose headers Vercel
//   sends, does not have that policy;
// - deletes the files of out/_next that no page needs any more (Next's chunks);
// - indexes the pages for search (Pagefind, in its own process beside the walk) and lists the
//   social cards they ask for (scripts/build/og-images.tsx draws them), as hooks (lib/export/hooks.ts);
// then writes a redirect page for every entry of content/redirects.yaml, for static hosts that
// cannot send HTTP redirects (Vercel sends 301s from vercel.json instead).
// A later step that needs every finished page adds a PageHook to HOOKS rather than walking out/ again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removePlaceholderPages } from '../../lib/site/blog/placeholder';
import { cardJobsHook, resourcePolicyHook, searchIndexHook } from '../../lib/export/hooks';
import { finishExport, type PageHook } from '../../lib/export/walk';
import { BROWSER_SCRIPT } from '../../lib/generated/browser-script';
import { CONTENT_SECURITY_POLICY, HEADER_RULES } from '../../lib/deploy/headers';
import { assertInlineScriptsAllowed } from '../../lib/export/inline-script-guard';
import { INLINE_SCRIPTS } from '../../lib/site/inline-scripts';
import { loadRedirects, redirectPage } from '../../lib/content/redirects';
import { siteConfig } from '../../site.config';

const OUT = process.env.OUT_DIR ?? 'out';
/** Where the walk lists the social cards for scripts/build/og-images.tsx. */
const CARD_JOBS = '.next/og-cards.json';
const started = performance.now();
// Vercel builds with `npm run build` only: a stale vercel.json would deploy a CSP that blocks these pages.
if (JSON.stringify((JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: unknown }).headers) !== JSON.stringify(HEADER_RULES)) {
  throw new Error('vercel.json does not have the headers of lib/deploy/headers.ts: run npm run vercel-config.');
}

// Blog routes with nothing to list made placeholder pages (lib/site/blog/placeholder.ts): gone before the walk sees them as pages.
for (const page of removePlaceholderPages(OUT)) console.log(`Removed the placeholder page ${page}: nothing to list there.`);
const search = searchIndexHook(path.join(OUT, 'pagefind'));
/** Steps that see every finished page, in the walk. */
const HOOKS: PageHook[] = [
  // The policy, not only the allowlist, must allow what is left: checked on the page as it is written.
  { onPage: ({ file, html }) => assertInlineScriptsAllowed(html, file) },
  // Nor may a page load an image, frame or file it blocks: the browser would, without a word to the reader.
  resourcePolicyHook(CONTENT_SECURITY_POLICY, siteConfig.url),
  search.hook,
  cardJobsHook(CARD_JOBS),
];

const summary = finishExport(OUT, { siteScript: BROWSER_SCRIPT, inlineScripts: INLINE_SCRIPTS, siteUrl: siteConfig.url }, HOOKS);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(
  `Finished ${summary.pages} pages without the React runtime (${mib(summary.htmlBytesBefore)} → ${mib(summary.htmlBytesAfter)} MiB of HTML), ` +
    `${summary.stylesheets} stylesheets with the system colour scheme for no-JS visitors; removed ${summary.payloadsRemoved} client payloads and ` +
    `${summary.unreferencedDeleted} files of ${OUT}/_next that nothing references (${(summary.unreferencedBytes / 1024).toFixed(0)} KB), in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);

const redirects = loadRedirects();
for (const { from, to } of redirects) {
  const file = path.join(OUT, from, 'index.html');
  if (existsSync(file)) throw new Error(`content/redirects.yaml: ${from} is also a page; remove the redirect or the page`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redirectPage(to, siteConfig.url));
}
console.log(`Redirect pages: ${redirects.length}.`);
console.log(`Search index: ${await search.finish()} pages in ${OUT}/pagefind.`);
