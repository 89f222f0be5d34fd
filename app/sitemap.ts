import type { MetadataRoute } from 'next';
import { findPage, findPost, routesOf } from '../lib/collections/collections';
import { findDocsRoute } from '../lib/collections/docs';
import { previewBranch } from '../lib/deploy/preview';
import { sitemapEntries } from '../lib/site/sitemap';
import { siteConfig } from '../site.config';

export const dynamic = 'force-static';

/** The route table's docs, posts and pages, with what decides whether and when they are listed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const docs = routesOf('docs').flatMap(({ url }) => {
    const route = findDocsRoute(url.replace(/^\/docs\/?|\/$/g, ''));
    return route ? [{ url: route.url, primary: route.primary, indexable: route.indexable, lastUpdated: route.doc?.lastUpdated }] : [];
  });
  const posts = routesOf('post').flatMap(({ url }) => findPost(url) ?? []);
  const pages = routesOf('page').flatMap(({ url }) => findPage(url.slice(1, -1)) ?? []);
  return sitemapEntries({ siteUrl: siteConfig.url, preview: previewBranch() !== null, docs, posts, pages });
}
