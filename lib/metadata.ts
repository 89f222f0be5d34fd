import type { Metadata } from 'next';
import { previewBranch } from './deploy';

/** Preview deploys are never indexed, whatever a page says. */
export const PREVIEW_ROBOTS = previewBranch() ? { index: false, follow: false } : undefined;

/** Feeds announced in every page's head (`<link rel="alternate">`). */
export const FEED_LINKS = {
  'application/atom+xml': [{ url: '/blog/feed.xml', title: 'Prometheus Blog (Atom)' }],
  'application/rss+xml': [{ url: '/blog/rss.xml', title: 'Prometheus Blog (RSS)' }],
  'application/feed+json': [{ url: '/blog/feed.json', title: 'Prometheus Blog (JSON Feed)' }],
};

/**
 * Page metadata with a canonical URL. Next replaces `alternates` as a whole when a page sets it,
 * so the feed links are repeated here rather than inherited from the layout.
 */
export function pageMetadata({ canonical, ...rest }: Metadata & { canonical: string }): Metadata {
  return { ...rest, alternates: { canonical, types: FEED_LINKS }, robots: PREVIEW_ROBOTS ?? rest.robots };
}
