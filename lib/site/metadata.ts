import type { Metadata } from 'next';
import { siteConfig } from '../../site.config';
import { previewBranch } from '../deploy/preview';

/** Preview deploys are never indexed, whatever a page says. */
export const PREVIEW_ROBOTS = previewBranch() ? { index: false, follow: false } : undefined;

/** Feeds announced in every page's head (`<link rel="alternate">`). */
export const FEED_LINKS = {
  'application/atom+xml': [{ url: '/blog/feed.xml', title: 'Prometheus Blog (Atom)' }],
  'application/rss+xml': [{ url: '/blog/rss.xml', title: 'Prometheus Blog (RSS)' }],
  'application/feed+json': [{ url: '/blog/feed.json', title: 'Prometheus Blog (JSON Feed)' }],
};

/** The social card of a page: a PNG written by scripts/build/og-images.tsx at the page's path. */
export function ogImagePath(canonical: string): string {
  return `/og${canonical === '/' ? '/index' : canonical.replace(/\/$/, '')}.png`;
}

type PageMetadataInput = {
  title: string;
  description?: string;
  canonical: string;
  /** The page whose social card this page shows, when not its own (an older version of a docs page shows the latest's). */
  image?: string;
  robots?: Metadata['robots'];
  /** Articles (docs, posts) get article OpenGraph tags. */
  article?: { publishedTime?: string; modifiedTime?: string; authors?: string[]; section?: string; tags?: string[] };
};

/**
 * Page metadata: title, description, canonical URL, OpenGraph and Twitter cards. Next replaces
 * `alternates` as a whole when a page sets it, so the feed links are repeated here.
 */
export function pageMetadata({ title, description, canonical, image: cardOf = canonical, robots, article }: PageMetadataInput): Metadata {
  const image = { url: ogImagePath(cardOf), width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: { canonical, types: FEED_LINKS },
    robots: PREVIEW_ROBOTS ?? robots,
    openGraph: {
      title,
      description,
      url: canonical,
      siteName: siteConfig.name,
      locale: 'en',
      images: [image],
      ...(article ? { type: 'article', ...article } : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}
