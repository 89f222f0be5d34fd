import type { Crumb } from '../../lib/content/docs-tree';

/** The areas the search dialog filters by (besides each versioned docs section: SearchSection). */
export const SEARCH_AREAS = ['Docs', 'Blog', 'Other'] as const;
export type SearchArea = (typeof SEARCH_AREAS)[number];

/**
 * Pagefind markup for a page's main content: only elements marked `data-pagefind-body` are
 * indexed (so lists and aliases stay out), with their area as a filter and the breadcrumb as
 * metadata for the result list. An older docs version's page names its own search index
 * (`bundle`, e.g. `prometheus/2.53`): lib/export/hooks.ts indexes it there, not with the latest.
 */
export function searchAttributes(
  searchable: boolean,
  area: SearchArea,
  crumbs: Crumb[],
  bundle?: { id: string; label: string },
): Record<string, string> {
  if (!searchable && !bundle) return {};
  // Pagefind splits this attribute at commas, so titles keep theirs as a look-alike (U+201A).
  const breadcrumb = crumbs
    .slice(0, -1)
    .map((crumb) => crumb.title.replace(/,/g, '\u201a'))
    .join(' › ');
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `area:${area}`,
    ...(breadcrumb ? { 'data-pagefind-meta': `breadcrumb:${breadcrumb}` } : {}),
    ...(bundle ? { 'data-search-bundle': bundle.id, 'data-search-bundle-label': bundle.label } : {}),
  };
}
