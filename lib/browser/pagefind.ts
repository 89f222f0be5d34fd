/** The parts of Pagefind's browser API the search dialog uses (pagefind.js has no types of its own). */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id: string; element: string };
};
export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string; breadcrumb?: string };
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
};

/** One selectable result: a section of a page (or the page itself). */
export type SearchHit = { id: string; url: string; title: string; excerpt: string };
/** Results grouped by page, as the dialog lists them. */
export type SearchGroup = { url: string; title: string; breadcrumb: string; hits: SearchHit[] };

const PAGES = 8;
const SECTIONS_PER_PAGE = 3;

/** Turns Pagefind's page results into groups of section hits, best first. */
export function groupResults(pages: PagefindResultData[]): SearchGroup[] {
  return pages.slice(0, PAGES).map((page, p) => {
    const title = page.meta.title ?? page.url;
    // Pagefind lists sections in page order; the ones with the most matches come first here.
    const sections = page.sub_results.length
      ? [...page.sub_results].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      : [{ title, url: page.url, excerpt: page.excerpt }];
    return {
      url: page.url,
      title,
      breadcrumb: page.meta.breadcrumb ?? '',
      hits: sections.slice(0, SECTIONS_PER_PAGE).map((section, s) => ({
        id: `search-hit-${p}-${s}`,
        url: section.url,
        title: section.title || title,
        excerpt: section.excerpt,
      })),
    };
  });
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind (script, then index chunks on demand) the first time search is used. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
