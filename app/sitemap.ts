import type { MetadataRoute } from 'next';
import { pages, posts } from '../lib/content/collections';
import { docsRoutePaths, findDocsRoute } from '../lib/content/docs';
import { siteConfig } from '../site.config';

export const dynamic = 'force-static';

const absolute = (path: string) => new URL(path, siteConfig.url).href;

/**
 * Every indexable page at its canonical URL: unversioned and latest docs plus LTS versions
 * (older versions are noindex, aliases are not canonical), published posts and pages.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const docs = docsRoutePaths().flatMap((path) => {
    const route = findDocsRoute(path);
    if (!route?.primary || !route.indexable) return [];
    return [{ url: absolute(route.url), ...(route.doc?.lastUpdated ? { lastModified: route.doc.lastUpdated } : {}) }];
  });
  return [
    { url: absolute('/') },
    ...docs,
    { url: absolute('/blog/') },
    ...posts.map((post) => ({ url: absolute(post.url), lastModified: post.lastUpdated || post.date })),
    ...pages.map((page) => ({ url: absolute(page.url), ...(page.lastUpdated ? { lastModified: page.lastUpdated } : {}) })),
  ];
}
