import { siteConfig } from '../../site.config';
import type { Crumb } from '../content/docs-tree';

const absolute = (path: string) => new URL(path, siteConfig.url).href;
const publisher = { '@type': 'Organization', name: 'The Prometheus Authors', url: siteConfig.url, logo: absolute('/favicon.svg') };

export function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.title, item: absolute(crumb.url) })),
  };
}

export function techArticle({
  title,
  description,
  url,
  modified,
}: {
  title: string;
  description?: string;
  url: string;
  modified?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: title,
    ...(description ? { description } : {}),
    url: absolute(url),
    mainEntityOfPage: absolute(url),
    ...(modified ? { dateModified: modified } : {}),
    publisher,
  };
}

export function blogPosting({
  title,
  description,
  url,
  date,
  author,
  modified,
}: {
  title: string;
  description?: string;
  url: string;
  date: string;
  author?: string;
  modified?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: title,
    ...(description ? { description } : {}),
    url: absolute(url),
    mainEntityOfPage: absolute(url),
    datePublished: date,
    dateModified: modified || date,
    author: author ? { '@type': 'Person', name: author } : publisher,
    publisher,
  };
}
