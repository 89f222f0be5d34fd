import type { SearchGroup, SearchHit } from './pagefind';
import { openDialog } from './dialogs';

const ALL = 'All';
// Short: a search with its fragments takes ~100 ms, and people type slower than one key in 60 ms.
const DEBOUNCE_MS = 60;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** An element with a class and text, built without innerHTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt (page text it escaped, with <mark> around matches) as text and <mark>
 * elements only: even an index that held markup could not put anything else in the page.
 * DOMParser's document is inert: nothing in it runs or loads.
 */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body.childNodes;
  return [...parsed].map((node) =>
    node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** The older docs version this page belongs to, as its article names it, e.g. "Prometheus server 2.53". */
function versionLabel(dialog: HTMLElement): string {
  return dialog.ownerDocument.querySelector('[data-search-bundle]')?.getAttribute('data-search-bundle-label') ?? '';
}

/**
 * On an older docs version's page, a scope of its own comes first and is chosen: that version's
 * pages, from its own index. The other scopes search the latest docs.
 */
function offerVersionScope(dialog: HTMLElement): void {
  const bundle = dialog.ownerDocument.querySelector('[data-search-bundle]')?.getAttribute('data-search-bundle');
  const first = dialog.querySelector<HTMLLabelElement>('[role="radiogroup"] label');
  const radio = first?.querySelector('input');
  if (!bundle || !first || !radio) return;
  const label = first.cloneNode(false) as HTMLLabelElement;
  const input = radio.cloneNode(false) as HTMLInputElement;
  input.value = `bundle:${bundle}`;
  input.checked = true;
  label.append(input, versionLabel(dialog));
  first.before(label);
}

/**
 * The search dialog (server-rendered, closed): Ctrl+K, ⌘K and / open it from anywhere.
 * Pagefind and its index load on the first query; results are grouped by page.
 */
export function initSearch(): void {
  const dialog = document.getElementById('search-dialog');
  if (!(dialog instanceof HTMLDialogElement)) return;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const list = dialog.querySelector<HTMLElement>('#search-results');
  const live = dialog.querySelector<HTMLElement>('[aria-live]');
  const empty = dialog.querySelector<HTMLElement>('[data-search-empty]');
  const loader = dialog.querySelector<HTMLElement>('[data-search-loading]');
  if (!input || !list || !live || !empty || !loader) return;

  let hits: SearchHit[] = [];
  let active = 0;
  let ticket = 0;
  let timer = 0;

  offerVersionScope(dialog);
  const area = () => dialog.querySelector<HTMLInputElement>('input[name="search-area"]:checked')?.value ?? ALL;
  const areaName = (value: string) =>
    value === 'Other' ? 'other pages' : value.startsWith('bundle:') ? versionLabel(dialog) : value.replace(/^section:/, '');
  // `section:Alertmanager` scopes to one versioned docs section; other values are areas.
  const filters = (value: string): Record<string, string> =>
    value.startsWith('section:') ? { section: value.slice('section:'.length) } : { area: value };

  const setActive = (index: number) => {
    active = index;
    hits.forEach((hit, i) => document.getElementById(hit.id)?.setAttribute('aria-selected', String(i === index)));
    // Past the end when there are no results.
    const hit = hits[index] as SearchHit | undefined;
    if (hit) {
      input.setAttribute('aria-activedescendant', hit.id);
      document.getElementById(hit.id)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (query: string, groups: SearchGroup[]) => {
    hits = groups.flatMap((group) => group.hits);
    // Which query the list shows: tests and the relevance benchmark wait for it.
    list.dataset.query = query;
    list.replaceChildren(
      ...groups.map((group) => {
        const section = element('div', 'search-group');
        section.setAttribute('role', 'group');
        section.setAttribute('aria-label', group.title);
        const heading = element('div', 'search-group-title');
        heading.setAttribute('aria-hidden', 'true');
        if (group.breadcrumb) heading.append(element('span', 'search-breadcrumb', `${group.breadcrumb} › `));
        heading.append(group.title);
        section.append(heading);
        for (const hit of group.hits) {
          const link = element('a', 'search-hit');
          link.id = hit.id;
          link.href = hit.url;
          link.setAttribute('role', 'option');
          link.addEventListener('mousemove', () => setActive(hits.indexOf(hit)));
          const excerpt = element('span', 'search-hit-excerpt');
          excerpt.append(...excerptNodes(hit.excerpt));
          link.append(element('span', 'search-hit-title', hit.title), excerpt);
          section.append(link);
        }
        return section;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(0);
    const scope = area() === ALL ? '' : ` in ${areaName(area())}`;
    empty.hidden = hits.length > 0;
    empty.textContent = `No results for “${query}”${scope}. Try other or fewer words${scope ? ', or search everything' : ''}.`;
    live.textContent = hits.length
      ? `${groups.length} page${groups.length === 1 ? '' : 's'} found. Use the arrow keys to move through the results.`
      : `No results for ${query}.`;
  };

  /** Where the chosen scope searches: an older version's own index, unfiltered, or the latest's with a filter. */
  const target = () => {
    const scope = area();
    const bundle = scope.startsWith('bundle:') ? scope.slice('bundle:'.length) : '';
    return { bundle, options: scope === ALL || bundle ? {} : { filters: filters(scope) } };
  };
  // The search code, once the first query has loaded it (with Pagefind: no page pays for it before).
  let code: typeof import('./pagefind') | undefined;

  /** Searches for `term` as query number `mine`, and shows the results. */
  const runQuery = async (term: string, mine: number) => {
    try {
      code ??= await import('./pagefind');
      const { groupResults, loadPagefind, RESULTS, searchTerms } = code;
      const terms = searchTerms(term);
      const { bundle, options } = target();
      const pagefind = await loadPagefind(bundle);
      const result = await pagefind.search(terms, options);
      const pages = await Promise.all(result.results.slice(0, RESULTS).map((r) => r.data()));
      // A slower, older query must not overwrite a newer one.
      if (mine !== ticket) return;
      render(term, groupResults(pages, terms));
    } catch {
      if (mine !== ticket) return;
      render(term, []);
      empty.textContent = 'Search is not available right now. The index is built with the site (npm run build).';
      live.textContent = 'Search is not available right now.';
    }
    loader.hidden = true;
  };

  const search = () => {
    const term = input.value.trim();
    const mine = ++ticket;
    window.clearTimeout(timer);
    if (!term) {
      render('', []);
      empty.hidden = true;
      live.textContent = '';
      loader.hidden = true;
      return;
    }
    loader.hidden = false;
    if (!hits.length) live.textContent = 'Searching…';
    // The index chunks for these words load while the typing pause runs out.
    if (code) {
      const { bundle, options } = target();
      const { loadPagefind, searchTerms } = code;
      // A failure shows when the query runs.
      loadPagefind(bundle)
        .then((pagefind) => pagefind.preload(searchTerms(term), options))
        .catch(() => undefined);
    }
    timer = window.setTimeout(() => {
      void runQuery(term, mine);
    }, DEBOUNCE_MS);
  };

  input.addEventListener('input', search);
  dialog.querySelectorAll('input[name="search-area"]').forEach((radio) => radio.addEventListener('change', search));
  input.addEventListener('keydown', (event) => {
    if (!hits.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      dialog.close();
      window.location.assign(hits[active].url);
    }
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target));
    if (!shortcut || dialog.open) return;
    event.preventDefault();
    openDialog(dialog, document.activeElement instanceof HTMLElement ? document.activeElement : null);
  });
}
