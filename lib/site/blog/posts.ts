import { tagSlug } from '../../content/routes';

/** What list pages need of a post (a subset of contentlayer's Post). */
export type PostEntry = { url: string; date: string; title: string; tags: string[] };

/** Splits posts (newest first) into pages; page 1 is /blog/, page N is /blog/page/N/. */
export function paginate<P>(posts: readonly P[], perPage: number): P[][] {
  const pages: P[][] = [];
  for (let i = 0; i < posts.length; i += perPage) pages.push(posts.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

export function pageUrl(page: number): string {
  return page <= 1 ? '/blog/' : `/blog/page/${page}/`;
}

/** Years that have posts, newest first. */
export function postYears(posts: readonly PostEntry[]): string[] {
  return [...new Set(posts.map((post) => post.date.slice(0, 4)))].sort().reverse();
}

/**
 * A route param as written in generateStaticParams: Next hands params to pages URL-encoded, so
 * the slug `introducing-the-@-modifier` arrives as `introducing-the-%40-modifier`.
 */
export function decodeParam(value: string): string {
  return decodeURIComponent(value);
}

export { tagSlug };

/** Tags with their posts, most used first. */
export function postTags<P extends PostEntry>(posts: readonly P[]): { tag: string; slug: string; posts: P[] }[] {
  const byTag = new Map<string, { tag: string; slug: string; posts: P[] }>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const slug = tagSlug(tag);
      const entry = byTag.get(slug) ?? { tag, slug, posts: [] };
      entry.posts.push(post);
      byTag.set(slug, entry);
    }
  }
  return [...byTag.values()].sort((a, b) => b.posts.length - a.posts.length || a.tag.localeCompare(b.tag));
}
