// What the search index reads of a finished page: its indexed content only, with the terms that
// reference pages define weighted above the places that merely use them. Pagefind weighs headings
// on its own; it cannot tell a configuration key's definition from an example that sets it, an
// API endpoint's definition from a mention, or a reference page from a blog post. This adds that,
// in the index only: the served page is not changed.
import render from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Attributes, Element } from './tree';

/** Pagefind weights (0–10; text is 1, an h2 6): see ranking in README.md. */
export const SEARCH_WEIGHTS = {
  /** A page's title, in its title record: the page itself is the answer to its title. */
  title: 10,
  /** A section's heading, in its section record. */
  heading: 8,
  /** A code name in a heading: `rate()`, `<scrape_config>`, `sum`. */
  definitionHeading: 10,
  /** A key a reference block defines (`[ scrape_interval: <duration> ]`), an endpoint (`GET /api/v1/query`), a flag or name heading a table row or a definition term. */
  definition: 5,
  /** A page's own text: below its records (headings and names), so those lead, and the page follows. */
  page: 0.5,
  /** A blog post, all of it: docs come first, a post still wins a query only it answers. */
  post: 0.1,
} as const;

/** A reference block's key line: `key: <type>`, `[ key: … ]`, `- key: …`, or a key opening a nested block. */
const KEY_LINE = /^(\s*(?:\[\s*)?(?:-\s+)?)([A-Za-z_][\w.-]*)(?=:(?:\s|$))/;
/** A reference block uses placeholders for values: `<duration>`, `<string>`, `<relabel_config>`. */
const PLACEHOLDER = /:\s*\[?\s*-?\s*<[\w.]+>/;
/** An HTTP API endpoint as the API reference lists it. */
const ENDPOINT_LINE = /^(\s*(?:GET|POST|PUT|PATCH|DELETE)\s+)(\/\S+)/;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const weighted = (text: string, weight: number) => `<span data-pagefind-weight="${weight}">${escape(text)}</span>`;

/** A code block as index markup with the names its definition lines define weighted, or null when it defines none. */
function codeBlockMarkup(text: string): { markup: string; names: string[] } | null {
  const reference = PLACEHOLDER.test(text);
  const names: string[] = [];
  const lines = text.split('\n').map((line) => {
    const match = ENDPOINT_LINE.exec(line) ?? (reference ? KEY_LINE.exec(line) : null);
    if (!match) return escape(line);
    const [whole, before, name] = match as unknown as [string, string, string];
    names.push(ENDPOINT_LINE.test(line) ? line.trim() : name);
    return escape(before) + weighted(name, SEARCH_WEIGHTS.definition) + escape(line.slice(whole.length));
  });
  return names.length ? { markup: lines.join('\n'), names } : null;
}

/** The `<code>` an item starts with (`<li><code>group_left</code>: …`), looking through a leading paragraph. */
function leadingCode(element: Element): Element | null {
  const first = element.children.find((child) => DomUtils.isTag(child) || DomUtils.textContent(child).trim() !== '');
  if (!first || !DomUtils.isTag(first)) return null;
  if (first.name === 'code') return first;
  return first.name === 'p' ? leadingCode(first) : null;
}

const setWeight = (element: Element, weight: number) => {
  const attribs: Attributes = element.attribs;
  attribs['data-pagefind-weight'] = String(weight);
};

/** An older docs version's index: `prometheus/2.53`. */
const BUNDLE = /^[a-z0-9_-]+\/[a-z0-9_][a-z0-9_.-]*$/i;

/** A document for Pagefind's addHTMLFile. */
export type IndexFile = { url: string; content: string };

/**
 * A section of a page: its heading (`code` when the heading is a name), the names its body
 * defines, and its first words (what the dialog shows for the record when the page's own result
 * is not among those loaded).
 */
type Section = { anchor: string; title: string; code: boolean; names: string[]; summary: string };

/** The words a record shows: the start of a section's first paragraph. */
const SUMMARY_WORDS = 24;

/**
 * A name's words as a record holds them, each in the one form Pagefind makes of it when a query
 * types it whole: `otlp-deltatocumulative` as `otlpdeltatocumulative`, `count_values(string, v)`
 * as `count_values string`, a path also by its segments (`/api/v1/query_range`: `query_range`).
 * Pagefind scores every indexed word a query prefixes, so the parts it would split off a compound
 * (`deltatocumulative`) would count for `delta` as a second word; lower case for the same reason
 * (it splits `CounterReset` into `counter` and `reset`).
 */
function termWords(term: string): string[] {
  const join = (token: string) => token.replace(/[^\p{L}\p{N}_]/gu, '');
  const words = term
    .toLowerCase()
    .split(/[\s(),=[\]|]+/)
    .flatMap((token) => (token.includes('/') ? [token, ...token.split('/')] : [token]))
    .map(join)
    .filter((word) => word.length > 1);
  return [...new Set(words)];
}

/** What a body defines: its weighted names in place, and its sections with the names each defines. */
function weighDefinitions(body: Element): Section[] {
  // The page itself, before its first section: the title record's.
  const top: Section = { anchor: '', title: '', code: false, names: [], summary: '' };
  const sections: Section[] = [top];
  let section: Section = top;
  for (const element of DomUtils.findAll(() => true, body.children)) {
    if (/^h[1-6]$/.test(element.name)) {
      // Pagefind's own heading weights (h1 7 … h6 2) do not apply inside a weighted body: the same, scaled.
      setWeight(element, (8 - Number(element.name.slice(1))) * SEARCH_WEIGHTS.page);
    }
    if (/^h[2-6]$/.test(element.name)) {
      const anchor = element.attribs.id;
      // Text of the heading without its anchor link's "#".
      const title = DomUtils.textContent(element).replace(/#$/, '').trim();
      const codes = DomUtils.getElementsByTagName('code', element.children);
      const code =
        codes.length > 0 && codes.map((node) => DomUtils.textContent(node)).join('').length >= title.replace(/\s+and\s+/g, '').length - 2;
      if (anchor) {
        section = { anchor, title, code, names: [], summary: '' };
        sections.push(section);
      }
      for (const node of codes) setWeight(node, SEARCH_WEIGHTS.definitionHeading);
    } else if (['dt', 'li', 'p'].includes(element.name) || (element.name === 'td' && DomUtils.prevElementSibling(element) === null)) {
      // An item, row or paragraph that opens with a name defines it: "`group_left`: …", "`/api/v1/query_range` evaluates …".
      const code = leadingCode(element);
      if (code) {
        setWeight(code, SEARCH_WEIGHTS.definition);
        section.names.push(DomUtils.textContent(code).trim());
      }
      if (element.name === 'p' && !section.summary)
        section.summary = DomUtils.textContent(element).trim().split(/\s+/).slice(0, SUMMARY_WORDS).join(' ');
    } else if (element.name === 'pre') {
      const block = codeBlockMarkup(DomUtils.textContent(element));
      if (block !== null) {
        const replacement = parseDocument(block.markup).children;
        element.children = replacement;
        for (const child of replacement) child.parent = element;
        section.names.push(...block.names);
      }
    }
  }
  return sections;
}

/**
 * Pagefind's index of one page: the HTML it indexes (its `data-pagefind-body` elements, weighted
 * as SEARCH_WEIGHTS says, in a bare document with the page's language), and for every section
 * with an anchor a small record of its heading and the names it defines, so that a query for
 * either leads there. Null for a page that is not indexed.
 */
export function indexablePage(html: string, url: string): { html: string; records: IndexFile[]; bundle: string } | null {
  if (!html.includes('data-pagefind-body')) return null;
  const document = parseDocument(html);
  const bodies = DomUtils.findAll((element) => 'data-pagefind-body' in element.attribs, document.children);
  if (!bodies.length) return null;
  const lang = DomUtils.findOne((element) => element.name === 'html', document.children, false)?.attribs.lang ?? 'en';
  const sections: Section[] = [];
  for (const body of bodies) {
    const attribs: Attributes = body.attribs;
    // A post defines nothing: it is weighted down as a whole, its code names plain.
    if (attribs['data-pagefind-filter']?.includes('area:Blog')) setWeight(body, SEARCH_WEIGHTS.post);
    else {
      setWeight(body, SEARCH_WEIGHTS.page);
      sections.push(...weighDefinitions(body));
    }
  }
  const title = DomUtils.textContent(DomUtils.findOne((element) => element.name === 'h1', bodies) ?? []).trim();
  const filters = bodies.map((body) => body.attribs['data-pagefind-filter']).find(Boolean) ?? '';
  const meta = bodies.map((body) => body.attribs['data-pagefind-meta']).find(Boolean);
  const record = ({ anchor, title: heading, names, summary }: Section, weight: number) => {
    // One element a value: Pagefind reads an inline value to the end of the attribute. Pagefind
    // indexes meta values as words, so the page's title goes in a filter, which it does not.
    const metas = [
      `<span data-pagefind-meta="${escape(`definition:${heading}`)}"></span>`,
      ...(meta ? [`<span data-pagefind-meta="${escape(meta)}"></span>`] : []),
      ...(summary ? [`<span data-pagefind-meta="${escape(`summary:${summary}`)}"></span>`] : []),
      `<span data-pagefind-filter="${escape(`page:${title}`)}"></span>`,
    ].join('');
    // Each word once: a section that lists a name in five forms does not outrank the one it is named for.
    const seen = new Set<string>();
    const line = (words: string[], lineWeight: number) => {
      const fresh = words.filter((word) => !seen.has(word));
      for (const word of fresh) seen.add(word);
      return fresh.length ? `<p data-pagefind-weight="${lineWeight}">${escape(fresh.join(' '))}</p>` : '';
    };
    const lines = [line(termWords(heading), weight), ...names.map((name) => line(termWords(name), SEARCH_WEIGHTS.definition))];
    return {
      url: `${url}#${anchor}`,
      content: `<html lang="${lang}"><body><div data-pagefind-body data-pagefind-filter="${escape(filters)}">${metas}${lines.join('')}</div></body></html>`,
    };
  };
  // The page's own record (its title, an empty fragment: Pagefind keeps one page per URL, and
  // the page's own URL is the page), where the page has sections to tell it from.
  const records = sections.some((section) => section.anchor)
    ? sections.flatMap((section) => {
        if (section.anchor) return [record(section, section.code ? SEARCH_WEIGHTS.definitionHeading : SEARCH_WEIGHTS.heading)];
        return title ? [record({ ...section, title }, SEARCH_WEIGHTS.title)] : [];
      })
    : [];
  // The older version's index the page names (components/search/searchAttributes.ts), read from
  // the element, never from the page's text, and only as `section/version`: it becomes a path.
  const named = bodies.map((body) => body.attribs['data-search-bundle']).find(Boolean) ?? '';
  const bundle = BUNDLE.test(named) ? named : '';
  return { html: `<html lang="${lang}"><body>${render(bodies)}</body></html>`, records, bundle };
}

/**
 * Pagefind indexes by bundle: the latest's (`''`), written to `outputPath`, and one for each
 * older docs version, written to `outputPath/versions/<section>/<version>/` and searched from
 * that version's pages only, so the index every other page loads does not grow with them.
 * The build (./hooks.ts) and `npm run dev` (scripts/build/search-index.ts) both use this.
 */
export function searchIndexes(outputPath: string) {
  // Promises, not indexes: two pages of a new version may ask before its index exists.
  const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
  const indexFor = (bundle: string) => {
    const known = indexes.get(bundle);
    if (known) return known;
    const created = pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return index;
    });
    indexes.set(bundle, created);
    return created;
  };
  // Started now, so Pagefind's process starts while the first pages are prepared; a failure throws from `add` or `write`.
  indexFor('').catch(() => undefined);
  return {
    /** Indexes a page (indexablePage's result) and its records in its bundle's index. */
    add: async (url: string, page: { html: string; records: IndexFile[]; bundle: string }) => {
      const index = await indexFor(page.bundle);
      const results = await Promise.all([{ url, content: page.html }, ...page.records].map((file) => index.addHTMLFile(file)));
      return results.flatMap((result) => result.errors);
    },
    /** Writes every index; returns the number of files written, or throws with Pagefind's errors. */
    write: async () => {
      let files = 0;
      const problems: string[] = [];
      for (const [bundle, created] of indexes) {
        const index = await created;
        const { errors } = await index.writeFiles({ outputPath: bundle ? path.join(outputPath, 'versions', bundle) : outputPath });
        problems.push(...errors);
        files += (await index.getFiles()).files.length;
      }
      if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
      await pagefind.close();
      return { files, versions: indexes.size - 1 };
    },
  };
}
