import { allDocs, allPages, allPosts, type Doc, type Page, type Post } from 'contentlayer/generated';

/** Drafts are built in development and left out of production builds. */
const showDrafts = process.env.NODE_ENV !== 'production';

export const docs: Doc[] = allDocs;
export const pages: Page[] = allPages;
/** Published posts, newest first. */
export const posts: Post[] = allPosts.filter((post) => showDrafts || !post.draft).sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

export function findDoc(slug: string): Doc | undefined {
  return docs.find((doc) => doc.slug === slug);
}

export function findPage(slug: string): Page | undefined {
  return pages.find((page) => page.slug === slug);
}

export function findPost(url: string): Post | undefined {
  return posts.find((post) => post.url === url);
}
