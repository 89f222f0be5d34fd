/** One sitemap entry: an absolute URL and, when known, its last change. */
export type SitemapEntry = { url: string; lastModified?: string };
type Routed = { url: string; primary: boolean; indexable: boolean; lastUpdated?: string };
type Dated = { url: string; lastUpdated: string; date?: string };

/**
 * What search engines should crawl: canonical, indexable docs (latest, unversioned, LTS),
 * published posts and pages. Nothing on preview deploys.
 */
export function sitemapEntries({
  siteUrl,
  preview,
  docs,
  posts,
  pages,
}: {
  siteUrl: string;
  preview: boolean;
  docs: Routed[];
  posts: Dated[];
  pages: Dated[];
}): SitemapEntry[] {
  if (preview) return [];
  const entry = (path: string, lastModified?: string): SitemapEntry => ({
    url: new URL(path, siteUrl).href,
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    entry('/'),
    ...docs.filter((doc) => doc.primary && doc.indexable).map((doc) => entry(doc.url, doc.lastUpdated)),
    entry('/blog/'),
    ...posts.map((post) => entry(post.url, post.lastUpdated || post.date)),
    ...pages.map((page) => entry(page.url, page.lastUpdated)),
  ];
}
