import type { MetadataRoute } from 'next';
import { pages, posts } from '../lib/content/collections';
import { docsRoutePaths, findDocsRoute } from '../lib/content/docs';
import { previewBranch } from '../lib/deploy';
import { sitemapEntries } from '../lib/sitemap';
import { siteConfig } from '../site.config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const docs = docsRoutePaths().flatMap((path) => {
    const route = findDocsRoute(path);
    return route ? [{ url: route.url, primary: route.primary, indexable: route.indexable, lastUpdated: route.doc?.lastUpdated }] : [];
  });
  return sitemapEntries({ siteUrl: siteConfig.url, preview: previewBranch() !== null, docs, posts, pages });
}
