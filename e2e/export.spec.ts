import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { finishPage, PageError } from '../lib/export/page';
import { LAYOUT_ID_PREFIX, LAYOUT_IDS, listingIds } from '../lib/markdown/rules';
import { BROWSER_SCRIPT } from '../lib/generated/browser-script';
import { INLINE_SCRIPTS } from '../lib/site/inline-scripts';
import { addSystemSchemeFallback } from '../lib/site/system-scheme';
import { siteConfig } from '../site.config';

const OUT = 'out';
/** Where `next build` leaves each prerendered page as Next wrote it, before scripts/build/postbuild.ts strips the copy in out/. */
const PRERENDERED = '.next/server/app';

/** Every file under `dir` whose name passes `keep`, as paths joined to `dir`. */
function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const outPages = () => filesIn(OUT, (name) => name.endsWith('.html')).filter((file) => !file.startsWith(path.join(OUT, '_next')));
/** A page's path on the site: out/docs/x/index.html → /docs/x/. */
const pagePath = (file: string) => `/${path.relative(OUT, file).split(path.sep).join('/')}`.replace(/\/index\.html$/, '/');

/** The /_next/ paths in a text (attributes, inline styles, url() in CSS), resolved against `base` and decoded. */
function nextPaths(text: string, base: string): string[] {
  const candidates = [...text.matchAll(/(?:href|src|content)="([^"]*)"|srcset="([^"]*)"|url\(\s*["']?([^"')]*)["']?\s*\)/g)].flatMap(
    (match) => {
      // Only one alternative of the pattern matches: the other groups are undefined.
      const [, single, srcset, css] = match as (string | undefined)[];
      return srcset !== undefined ? srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [single ?? css ?? ''];
    },
  );
  return candidates
    .map((candidate) => new URL(candidate.replace(/&amp;/g, '&'), new URL(base, siteConfig.url)))
    .filter((url) => url.origin === new URL(siteConfig.url).origin && url.pathname.startsWith('/_next/'))
    .map((url) => decodeURIComponent(url.pathname));
}

/** Data file names, as the download and support listings use them for anchors. */
const dataSlugs = (folder: string) => readdirSync(`content/${folder}`).map((name) => name.replace(/\.ya?ml$/, ''));

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
const attributes = (element: Element): Partial<Record<string, string>> => element.attribs;
const classes = (element: Element) => (attributes(element).class ?? '').split(/\s+/);

/** Whether `element` is `container` or lies within it. */
function isInside(element: Element, container: Element): boolean {
  for (let node: Element['parent'] = element; node; node = node.parent) if (node === container) return true;
  return false;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test('every exported page loads nothing of Next or React: no /_next/ script, no __next_f or TURBOPACK, only the site script, the head scripts of lib/site/inline-scripts.ts and JSON-LD', () => {
  const pages = outPages();
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    for (const [found] of html.matchAll(/\/_next\/[^"'\s)]*\.m?js\b|__next_f|TURBOPACK/g)) problems.push(`${file}: ${found}`);
    const document = parseDocument(html);
    for (const script of DomUtils.getElementsByTagName('script', document)) {
      const { src, type, ...rest } = attributes(script);
      const text = DomUtils.textContent(script);
      const siteScript = src === BROWSER_SCRIPT && type === 'module' && text === '' && Object.keys(rest).length === 0;
      const headScript =
        src === undefined &&
        type === undefined &&
        INLINE_SCRIPTS.includes(text) &&
        Object.keys(rest).every((name) => name.startsWith('data-'));
      const jsonLd = src === undefined && type === 'application/ld+json' && Object.keys(rest).length === 0 && isJson(text);
      if (!siteScript && !headScript && !jsonLd) problems.push(`${file}: ${render(script).slice(0, 120)}`);
    }
    for (const link of DomUtils.getElementsByTagName('link', document)) {
      if (attributes(link).as === 'script' || /modulepreload/i.test(attributes(link).rel ?? '')) problems.push(`${file}: ${render(link)}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('out/_next holds exactly the files the pages and the stylesheets they use reference: each exists, and nothing else is left', () => {
  const referenced = new Map<string, string>();
  for (const file of outPages())
    for (const reference of nextPaths(readFileSync(file, 'utf8'), pagePath(file)))
      if (!referenced.has(reference)) referenced.set(reference, file);
  for (const [reference] of referenced) {
    if (!reference.endsWith('.css') || !existsSync(path.join(OUT, reference))) continue;
    for (const inner of nextPaths(readFileSync(path.join(OUT, reference), 'utf8'), reference))
      if (!referenced.has(inner)) referenced.set(inner, reference);
  }
  const missing = [...referenced]
    .filter(([reference]) => !existsSync(path.join(OUT, reference)) || !statSync(path.join(OUT, reference)).isFile())
    .map(([reference, by]) => `${by} references ${reference}, which is not in ${OUT}/`);
  expect(missing, missing.join('\n')).toEqual([]);
  const shipped = filesIn(path.join(OUT, '_next'), () => true).map((file) => `/${path.relative(OUT, file).split(path.sep).join('/')}`);
  const unreferenced = shipped.filter((file) => !referenced.has(file));
  expect(
    unreferenced,
    `shipped in ${OUT}/_next but referenced by no page and no stylesheet a page uses:\n${unreferenced.join('\n')}`,
  ).toEqual([]);
  // The stylesheet and the fonts it loads are what is left of Next's output.
  expect(shipped.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
  expect(shipped.filter((file) => file.endsWith('.woff2')).length).toBeGreaterThan(0);
});

test('the allowlist strip finishes every page Next prerendered in .next/server/app, runtime and all, into exactly the page shipped in out/', () => {
  const prerendered = filesIn(PRERENDERED, (name) => name.endsWith('.html'));
  expect(prerendered.length).toBeGreaterThan(50);
  const themeStyles = new Map<string, string>();
  const themeStyle = (css: string) => themeStyles.get(css) ?? themeStyles.set(css, addSystemSchemeFallback(css)).get(css)!;
  const problems: string[] = [];
  let compared = 0;
  for (const file of prerendered) {
    const html = readFileSync(file, 'utf8');
    // These are the pages before the strip: each carries Next's runtime for it to remove.
    if (!html.includes('self.__next_f') || !/<script src="\/_next\/[^"]+\.js"/.test(html))
      problems.push(`${file}: has no Next runtime, so it is not a page as Next wrote it`);
    const route = path
      .relative(PRERENDERED, file)
      .split(path.sep)
      .join('/')
      .replace(/\.html$/, '');
    const url = route === 'index' ? '/' : `/${route}/`;
    try {
      const finished = finishPage(html, file, {
        siteScript: BROWSER_SCRIPT,
        inlineScripts: INLINE_SCRIPTS,
        siteUrl: siteConfig.url,
        url,
        themeStyle,
      });
      expect(finished.html).not.toMatch(/\/_next\/[^"]*\.js|__next_f|TURBOPACK/);
      const shipped = path.join(OUT, url, 'index.html');
      // Pages Next prerenders but the export does not serve (the global error page, the blog's placeholder pages) have no copy in out/.
      if (!existsSync(shipped)) continue;
      compared += 1;
      if (readFileSync(shipped, 'utf8') !== finished.html)
        problems.push(`${shipped} is not the strip of ${file}: did a later postbuild step edit pages?`);
    } catch (error) {
      if (!(error instanceof PageError)) throw error;
      problems.push(error.message);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(compared).toBeGreaterThan(prerendered.length * 0.9);
});

test('on every page with one content body, each id outside it is one the content check keeps content from taking', () => {
  // Content may use any id the check does not refuse (lib/markdown/rules.ts): an id the layout adds and the list lacks could collide.
  const slugs = { downloads: dataSlugs('downloads'), support: dataSlugs('support') };
  const problems: string[] = [];
  let bodies = 0;
  for (const file of outPages()) {
    const document = parseDocument(readFileSync(file, 'utf8'));
    const contentBodies = DomUtils.findAll(
      (element) => classes(element).includes('content-body') && !classes(element).includes('post-excerpt'),
      document.children,
    );
    if (contentBodies.length !== 1) continue;
    bodies += 1;
    const listed = new Set(listingIds(pagePath(file), slugs));
    for (const element of DomUtils.findAll((candidate) => attributes(candidate).id !== undefined, document.children)) {
      const id = attributes(element).id ?? '';
      if (isInside(element, contentBodies[0])) continue;
      if (!LAYOUT_IDS.has(id) && !id.startsWith(LAYOUT_ID_PREFIX) && !listed.has(id))
        problems.push(`${file}: #${id} is neither in LAYOUT_IDS nor in listingIds (lib/markdown/rules.ts)`);
    }
  }
  expect(bodies).toBeGreaterThan(50);
  expect(problems, problems.join('\n')).toEqual([]);
});
