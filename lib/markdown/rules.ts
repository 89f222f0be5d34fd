import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A link found in a body, after link resolution, with its position in the body. */
export type BodyLink = {
  href: string;
  line?: number;
  column?: number;
  /** Set on links the site makes from examples to the reference (lib/markdown/reference-links.ts): one that breaks is the site's fault, so always an error. */
  made?: 'promql' | 'configuration';
};
/** An id in a body (a heading's, an element's, an `<a name>`), with its position in the body. */
export type BodyId = { id: string; line?: number; column?: number };

declare module 'vfile' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments vfile's interface: only an interface merges
  interface DataMap {
    /** Internal links and image sources (site paths), for the link check. */
    links: BodyLink[];
    /** Every id in the body (headings and raw HTML), for anchor checks. */
    ids: BodyId[];
    /** A body synced from another repository: it follows that repository's rules (rehypeDemoteH1). */
    lenient: boolean;
  }
}

/**
 * Ids the page layout gives elements around the content (skip link target, nav, dialogs, TOC).
 * A content id equal to one would break them; e2e/quality.spec.ts keeps this list complete.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'main',
  'docs-nav',
  'toc-title',
  'search-dialog',
  'search-dialog-title',
  'search-results',
  'mobile-menu',
  'mobile-menu-title',
  'section-index-title',
]);
/** Mantine's generated ids (`mantine-R…`) start with this. */
export const LAYOUT_ID_PREFIX = 'mantine-';

/**
 * Ids the data listings put beside a page's content, as anchors (`/download/#prometheus`): one per
 * component on /download/, one per provider on /support-training/. Slugs are data file names.
 */
export function listingIds(url: string, slugs: { downloads: string[]; support: string[] }): string[] {
  if (url === '/download/') return ['downloads', ...slugs.downloads.flatMap((slug) => [slug, `${slug}-title`])];
  if (url === '/support-training/') return ['providers', ...slugs.support];
  return [];
}

function report(file: VFile, node: Element, reason: string): void {
  const message = file.message(reason, { place: node.position, ruleId: 'content-rule', source: 'content' });
  message.fatal = true;
}

/**
 * Rules every body follows, and what the link check needs from it. Runs after rehype-slug and
 * link resolution: it reads heading ids and resolved hrefs.
 * - no h1: the page title is the h1;
 * - images need alt text, iframes a title;
 * - ids must not take one the layout uses;
 * - collects site-internal links and all ids (`<a name>` anchors too).
 */
export function rehypeContentRules() {
  return (tree: Root, file: VFile) => {
    const links: BodyLink[] = [];
    const ids: BodyId[] = [];
    visit(tree, 'element', (node: Element) => {
      // `<a name="…">`, as older prometheus.io pages write anchors, is an id to links.
      for (const id of [node.properties.id, node.tagName === 'a' ? node.properties.name : undefined]) {
        if (typeof id !== 'string') continue;
        ids.push({ id, line: node.position?.start.line, column: node.position?.start.column });
        if (LAYOUT_IDS.has(id) || id.startsWith(LAYOUT_ID_PREFIX))
          report(file, node, `The id "${id}" is one the page layout uses: rename the heading or the id`);
      }
      if (node.tagName === 'h1')
        report(
          file,
          node,
          'A heading of level 1 (`# …`) in the body: the title is the page’s only h1; make it `## …` (or <h2>) and move the headings under it down a level',
        );
      if (node.tagName === 'img' && (typeof node.properties.alt !== 'string' || !node.properties.alt.trim())) {
        report(
          file,
          node,
          'An image without alt text: describe it, e.g. ![Diagram of the scrape flow](…), or alt="Diagram of the scrape flow" in an <img> tag',
        );
      }
      if (node.tagName === 'iframe' && (typeof node.properties.title !== 'string' || !node.properties.title.trim())) {
        report(file, node, 'An iframe without a title: say what it shows, e.g. title="PromCon talk: Prometheus 3.0"');
      }
      const target = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
      // Site paths and anchors; and `.md` links the resolver could not place (outside content/).
      const internal =
        typeof target === 'string' &&
        (((target.startsWith('/') || target.startsWith('#')) && !target.startsWith('//')) || /^[^:]*\.mdx?(#|$)/.test(target));
      if (typeof target === 'string' && internal) {
        links.push({ href: target, line: node.position?.start.line, column: node.position?.start.column });
      }
    });
    file.data.links = links;
    file.data.ids = ids;
  };
}

/** An h1 in a synced page's body becomes an h2: the page title stays the only h1. */
export function rehypeDemoteH1() {
  return (tree: Root, file: VFile) => {
    if (!file.data.lenient) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
