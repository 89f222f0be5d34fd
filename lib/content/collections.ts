import { allComponents, allDocs, allPages, allPosts, allProviders, type Doc, type Page, type Post, type Provider } from 'contentlayer/generated';
import type { ComponentData } from '../downloads/releases';

/**
 * Drafts are shown by `npm run dev` only: production builds, the scripts after them (feeds, llms,
 * search) and tests leave them out. Every reader of the collections goes through this module.
 */
const showDrafts = process.env.NODE_ENV === 'development';

export const docs: Doc[] = allDocs;
export const pages: Page[] = allPages;
/** Support and training providers, in file-name order. */
export const providers: Provider[] = [...allProviders].sort((a, b) => a.slug.localeCompare(b.slug));
/** Pages rendered by a route of their own (with data beside the text), not by app/[page]. */
export const DEDICATED_PAGES: ReadonlySet<string> = new Set(['support-training', 'download']);
/** Downloadable components, by sort_rank. */
export const components: ComponentData[] = [...allComponents].sort((a, b) => (a.sort_rank ?? Infinity) - (b.sort_rank ?? Infinity) || a.name.localeCompare(b.name));
/** Published posts, newest first. */
export const posts: Post[] = allPosts.filter((post) => showDrafts || !post.draft).sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

export function findPage(slug: string): Page | undefined {
  return pages.find((page) => page.slug === slug);
}

export function findPost(url: string): Post | undefined {
  return posts.find((post) => post.url === url);
}
