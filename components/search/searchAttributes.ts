import type { Crumb } from '../../lib/content/docs-tree';

/** The areas the search dialog filters by (besides each versioned docs section: SearchSection). */
export const SEARCH_AREAS = ['Docs', 'Blog', 'Other'] as const;
export type SearchArea = (typeof SEARCH_AREAS)[number];

/**
 * Pagefind markup for a page's main content: only elements marked `data-pagefind-body` are
 * indexed (so old doc versions, lists and aliases stay out), with their area as a filter and
 * the breadcrumb as metadata for the result list.
 */
export function searchAttributes(searchable: boolean, area: SearchArea, crumbs: Crumb[]): Record<string, string> {
  if (!searchable) return {};
  // Pagefind splits this attribute at commas, so titles keep theirs as a look-alike (U+201A).
  const breadcrumb = crumbs
    .slice(0, -1)
    .map((crumb) => crumb.title.replace(/,/g, '\u201a'))
    .join(' › ');
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `area:${area}`,
    ...(breadcrumb ? { 'data-pagefind-meta': `breadcrumb:${breadcrumb}` } : {}),
  };
}
