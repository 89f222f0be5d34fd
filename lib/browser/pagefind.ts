/** The parts of Pagefind's browser API the search dialog uses (pagefind.js has no types of its own). */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  /** Each match with its weight: Pagefind's `balanced_score` is the weight squared. */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  anchor?: { id: string; element: string };
};
export type PagefindResultData = {
  url: string;
  excerpt: string;
  /** The indexed text; a location is the place of a word in it. */
  content?: string;
  /** `definition` and `summary`: the section a record (lib/export/search-index.ts) stands for, and its first words. */
  meta: { title?: string; breadcrumb?: string; definition?: string; summary?: string };
  /** `page`: the title of the page a definition record stands for. */
  filters?: { page?: string[] };
  sub_results: PagefindSubResult[];
};
export type PagefindSearch = {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
};
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  /** Loads the index chunks a search for `query` needs, without searching. */
  preload: (query: string, options?: { filters?: Record<string, string> }) => Promise<void>;
};

/** One selectable result: a section of a page (or the page itself). */
export type SearchHit = { id: string; url: string; title: string; excerpt: string };
/** Results grouped by page, as the dialog lists them. */
export type SearchGroup = { url: string; title: string; breadcrumb: string; hits: SearchHit[] };

const PAGES = 8;
const SECTIONS_PER_PAGE = 3;
/** Results to load: one fragment request each. A page's records join its group, so eight results may fill fewer groups. */
export const RESULTS = 8;

/** Whether an indexed word is a form of a query term (Pagefind matches stems and prefixes). */
const formOf = (word: string, term: string) => word.startsWith(term.slice(0, Math.max(3, term.length - 2)));

/**
 * A section's rank among its page's sections: how many of the query's terms it has, then its
 * matches weighted as Pagefind weighs them (one defining heading outweighs many mentions). The
 * page's title counts for the page, not for its opening section.
 */
function sectionRank(section: PagefindSubResult, words: string[], terms: string[], titleWords: number): [number, number] {
  const locations = (section.weighted_locations ?? []).filter(
    (location) => section.anchor !== undefined || location.location >= titleWords,
  );
  const found = new Set<string>();
  for (const { location } of locations) {
    const word = (words[location] ?? '').toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
    for (const term of terms) if (formOf(word, term)) found.add(term);
  }
  return [found.size, locations.reduce((sum, location) => sum + location.balanced_score, 0)];
}

/** Text as the markup excerpts are (lib/browser/search.ts keeps their text and marks only). */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pageOf = (url: string) => url.replace(/#.*$/, '');
// A title record's URL ends in an empty fragment (lib/export/search-index.ts): it opens the page itself.
const hitUrl = (url: string) => url.replace(/#$/, '');

/**
 * Turns Pagefind's results into groups of section hits, best first. A definition record joins
 * its page's group, as that group's first hit; a page's own sections follow, most weighted first.
 */
export function groupResults(results: PagefindResultData[], query = ''): SearchGroup[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(/[^\p{L}\p{N}_]/gu, ''))
    .filter(Boolean);
  const groups = new Map<string, { title: string; breadcrumb: string; sections: PagefindSubResult[]; defined: number }>();
  for (const result of results) {
    const url = pageOf(result.url);
    const title = result.filters?.page?.[0] ?? result.meta.title ?? result.url;
    const group = groups.get(url) ?? { title, breadcrumb: result.meta.breadcrumb ?? '', sections: [], defined: 0 };
    if (!groups.has(url) && groups.size === PAGES) continue;
    groups.set(url, group);
    if (result.meta.definition !== undefined) {
      // Definitions lead, in their own order, whether or not the page's results came first.
      const hit = hitUrl(result.url);
      const known = group.sections.findIndex((section) => section.url === hit);
      // A record's own text is its words in index form: it shows the section's first words instead.
      const excerpt = escapeHtml(result.meta.summary ?? '');
      const [section] = known === -1 ? [{ title: result.meta.definition, url: hit, excerpt }] : group.sections.splice(known, 1);
      group.sections.splice(group.defined++, 0, section);
      continue;
    }
    // The page's own results: its title, not a record's, and its excerpts for sections a record named.
    group.title = title;
    const words = (result.content ?? '').split(/\s+/);
    const titleWords = title.split(/\s+/).length;
    const ranks = new Map(result.sub_results.map((section) => [section, sectionRank(section, words, terms, titleWords)]));
    const rank = (section: PagefindSubResult) => ranks.get(section) ?? [0, 0];
    const sections = result.sub_results.length
      ? [...result.sub_results].sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1])
      : [{ title, url, excerpt: result.excerpt }];
    for (const section of sections) {
      const named = group.sections.find((known) => known.url === section.url);
      if (named) named.excerpt = section.excerpt;
      else group.sections.push(section);
    }
  }
  return [...groups].map(([url, group], p) => ({
    url,
    title: group.title,
    breadcrumb: group.breadcrumb,
    hits: group.sections.slice(0, SECTIONS_PER_PAGE).map((section, s) => ({
      id: `search-hit-${p}-${s}`,
      url: section.url,
      title: section.title || group.title,
      excerpt: section.excerpt,
    })),
  }));
}

/**
 * A query as the index has its words. Pagefind drops punctuation from a query but keeps `_`, so
 * `--storage.tsdb.retention.time`, `/api/v1/query` and `rate(` already work; this drops what is
 * syntax, not a word to look for: PromQL's grouping clause (`sum by (job)` looks for `sum`), and
 * the "vs" of a comparison.
 */
export function searchTerms(query: string): string {
  return (
    query
      .replace(/(\S)\s+(?:by|without)\b\s*(?:\([^)]*\)?)?/gi, '$1 ')
      // A comparison's "vs" is not a word the answer has (`histogram vs summary`).
      .replace(/(\S)\s+(?:vs\.?|versus)(?=\s)/gi, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Pagefind's ranking, chosen with the relevance benchmark (scripts/bench/search-relevance.ts):
 * an exact word before a longer one it begins (`scrape_config` before `scrape_configs`); a
 * title's words count once more, breadcrumbs and a record's summary not at all (the index's
 * section records carry headings and names: lib/export/search-index.ts).
 */
const RANKING = { termSimilarity: 5, metaWeights: { title: 1, breadcrumb: 0, summary: 0 } };

const loading = new Map<string, Promise<Pagefind>>();

/**
 * Loads Pagefind (script, then index chunks on demand) the first time search is used: the
 * latest docs' index, or an older version's (`prometheus/2.53`, lib/export/hooks.ts).
 */
export function loadPagefind(bundle = ''): Promise<Pagefind> {
  const known = loading.get(bundle);
  if (known) return known;
  const loaded = (async () => {
    const url = bundle ? `/pagefind/versions/${bundle}/pagefind.js` : '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as Pagefind;
    await pagefind.options({ excerptLength: 24, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.set(bundle, loaded);
  return loaded;
}
