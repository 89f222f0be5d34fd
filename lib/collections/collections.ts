import {
  allComponents,
  allDocs,
  allPages,
  allPosts,
  allProviders,
  type Doc,
  type Page,
  type Post,
  type Provider,
} from 'contentlayer/generated';
import type { ComponentData } from '../content/downloads/releases';
import { byNewest, isPublished, siteRoutes, type SiteRoute } from '../content/routes';

// Every reader of the collections goes through this module; which documents are built, in what
// order and at what URL is lib/content/routes.ts's to say.

export const docs: Doc[] = allDocs;
export const pages: Page[] = allPages;
/** Support and training providers, in file-name order. */
export const providers: Provider[] = [...allProviders].sort((a, b) => a.slug.localeCompare(b.slug));
/** Pages rendered by a route of their own (with data beside the text), not by app/[page]. */
export const DEDICATED_PAGES: ReadonlySet<string> = new Set(['support-training', 'download']);
/** Downloadable components, by sort_rank. */
export const components: ComponentData[] = [...allComponents].sort(
  (a, b) => (a.sort_rank ?? Infinity) - (b.sort_rank ?? Infinity) || a.name.localeCompare(b.name),
);
/** Published posts, newest first. */
export const posts: Post[] = allPosts.filter(isPublished).sort((a, b) => byNewest(a._raw, b._raw));

/** Every page the build makes (the same list the check builds from the files). */
export const routes: SiteRoute[] = siteRoutes(
  [...allDocs, ...allPosts, ...allPages].map((doc) => ({
    sourceFilePath: doc._raw.sourceFilePath,
    draft: 'draft' in doc ? doc.draft : undefined,
    tags: 'tags' in doc ? doc.tags : undefined,
  })),
);

/** The routes of one kind, typed as that kind. */
export function routesOf<K extends SiteRoute['kind']>(kind: K): Extract<SiteRoute, { kind: K }>[] {
  return routes.filter((route): route is Extract<SiteRoute, { kind: K }> => route.kind === kind);
}

export function findPage(slug: string): Page | undefined {
  return pages.find((page) => page.slug === slug);
}

export function findPost(url: string): Post | undefined {
  return posts.find((post) => post.url === url);
}
