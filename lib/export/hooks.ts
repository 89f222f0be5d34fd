// Finishing steps that plug into the one walk over out/ (./walk.ts): each sees every finished
// page once, as the walk has parsed it, instead of reading and parsing out/ again.
import { writeFileSync } from 'node:fs';
import { DomUtils } from 'htmlparser2';
import { ogImagePath } from '../site/metadata';
import { blockedResources, parsePolicy } from './csp';
import { indexablePage, searchIndexes } from './search-index';
import type { Attributes } from './tree';
import type { PageHook } from './walk';

/**
 * Pagefind's indexes of the pages that mark content with data-pagefind-body (latest docs, posts,
 * pages; older versions each in their own: ./search-index.ts), with the names they define
 * weighted and recorded, fed page by page as the walk finishes them. Pagefind indexes in its own
 * process, so it works on the second core while the walk goes on; `finish` writes the indexes.
 */
export function searchIndexHook(outputPath: string): { hook: PageHook; finish: () => Promise<number> } {
  const indexes = searchIndexes(outputPath);
  const added: Promise<string[]>[] = [];
  const hook: PageHook = {
    onPage: ({ url, html }) => {
      const page = indexablePage(html, url);
      if (page) added.push(indexes.add(url, page));
    },
  };
  const finish = async () => {
    const problems = (await Promise.all(added)).flat();
    if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
    await indexes.write();
    return added.length;
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
