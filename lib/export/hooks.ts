// Finishing steps that plug into the one walk over out/ (./walk.ts): each sees every finished
// page once, as the walk has parsed it, instead of reading and parsing out/ again.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { ogImagePath } from '../site/metadata';
import { blockedResources, parsePolicy } from './csp';
import { indexablePage } from './search-index';
import type { Attributes } from './tree';
import type { PageHook } from './walk';

/** The search index an older docs version's page names (components/search/searchAttributes.ts), if any. */
const BUNDLE = /data-search-bundle="([\w./-]+)"/;

/**
 * Pagefind's index of the pages that mark content with data-pagefind-body (latest docs, posts,
 * pages), with the names they define weighted and recorded (./search-index.ts), fed page by page
 * as the walk finishes them. Each older docs version gets an index of its own in
 * `outputPath/versions/<section>/<version>/`, searched from its own pages only, so the latest's
 * index, the one every other page loads, does not grow with them. Pagefind indexes in its own
 * process, so it works on the second core while the walk goes on; `finish` writes the indexes.
 */
export async function searchIndexHook(outputPath: string): Promise<{ hook: PageHook; finish: () => Promise<number> }> {
  // Promises, not indexes: two pages of a new version may ask before its index exists.
  const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
  const indexFor = (bundle: string) => {
    const known = indexes.get(bundle);
    if (known) return known;
    const created = pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return index;
    });
    indexes.set(bundle, created);
    return created;
  };
  await indexFor('');
  const added: Promise<{ errors: string[] }>[] = [];
  let pages = 0;
  const hook: PageHook = {
    onPage: ({ url, html }) => {
      const page = indexablePage(html, url);
      if (!page) return;
      pages++;
      const index = indexFor(BUNDLE.exec(html)?.[1] ?? '');
      for (const file of [{ url, content: page.html }, ...page.records]) added.push(index.then((into) => into.addHTMLFile(file)));
    },
  };
  const finish = async () => {
    const problems = (await Promise.all(added)).flatMap((result) => result.errors);
    for (const [bundle, index] of indexes) {
      const { errors } = await (await index).writeFiles({ outputPath: bundle ? path.join(outputPath, 'versions', bundle) : outputPath });
      problems.push(...errors);
    }
    if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
    await pagefind.close();
    return pages;
  };
  return { hook, finish };
}

/** A social card to draw (scripts/build/og-images.tsx): where it goes, and its text. */
export type CardJob = { image: string; title: string; section: string };

/**
 * Lists the social cards pages ask for (og:image, og:title and article:section meta tags) into
 * `jobsFile`, for scripts/build/og-images.tsx to draw. A page that shows another page's card (an older
 * docs version shows the latest's) leaves the drawing to that page.
 */
export function cardJobsHook(jobsFile: string): PageHook {
  const jobs: CardJob[] = [];
  return {
    onPage: ({ url, document }) => {
      const meta = new Map<string, string>();
      for (const element of DomUtils.getElementsByTagName('meta', document.children)) {
        const attribs: Attributes = element.attribs;
        const { property, content } = attribs;
        if (property && content !== undefined) meta.set(property, content);
      }
      const image = meta.get('og:image');
      const title = meta.get('og:title')?.replace(/ \| Prometheus$/, '');
      if (!image || !title || decodeURIComponent(new URL(image).pathname) !== ogImagePath(url)) return;
      const section = meta.get('article:section') ?? (meta.get('og:type') === 'article' ? 'Article' : 'prometheus.io');
      jobs.push({ image, title, section });
    },
    done: () => writeFileSync(jobsFile, JSON.stringify(jobs)),
  };
}

/**
 * Collects what each page would load that the Content-Security-Policy blocks (./csp.ts); `done`
 * fails the build listing every such page and element.
 */
export function resourcePolicyHook(policy: string, siteUrl: string): PageHook {
  const parsed = parsePolicy(policy);
  const problems: string[] = [];
  return {
    onPage: ({ file, url, document }) => {
      for (const problem of blockedResources(document, new URL(url, siteUrl).href, parsed)) problems.push(`${file}: ${problem}`);
    },
    done: () => {
      if (problems.length)
        throw new Error(`Pages load what the Content-Security-Policy (lib/deploy/headers.ts) blocks:\n${problems.join('\n')}`);
    },
  };
}
