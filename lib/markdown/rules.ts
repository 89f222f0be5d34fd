import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A link found in a body, after link resolution, with its position in the body. */
export type BodyLink = { href: string; line?: number; column?: number };

declare module 'vfile' {
  interface DataMap {
    /** Internal links and image sources (site paths), for the link check. */
    links: BodyLink[];
    /** Every id in the body (headings and raw HTML), for anchor checks. */
    ids: string[];
  }
}

function report(file: VFile, node: Element, reason: string): void {
  const message = file.message(reason, { place: node.position, ruleId: 'content-rule', source: 'content' });
  message.fatal = true;
}

/**
 * Rules every body follows, and what the link check needs from it. Runs after rehype-slug and
 * link resolution: it reads heading ids and resolved hrefs.
 * - no h1: the page title is the h1;
 * - images need alt text;
 * - collects site-internal links and all ids.
 */
export function rehypeContentRules() {
  return (tree: Root, file: VFile) => {
    const links: BodyLink[] = [];
    const ids: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
      if (node.tagName === 'h1') report(file, node, 'A heading of level 1 (`# …`) in the body: the title is the page’s only h1, start sections at `##`');
      if (node.tagName === 'img' && (typeof node.properties.alt !== 'string' || !node.properties.alt.trim())) {
        report(file, node, 'An image without alt text: describe it, e.g. ![Diagram of the scrape flow](…)');
      }
      const target = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
      // Site paths and anchors; and `.md` links the resolver could not place (outside content/).
      const internal = typeof target === 'string' && (((target.startsWith('/') || target.startsWith('#')) && !target.startsWith('//')) || /^[^:]*\.mdx?(#|$)/.test(target));
      if (typeof target === 'string' && internal) {
        links.push({ href: target, line: node.position?.start.line, column: node.position?.start.column });
      }
    });
    file.data.links = links;
    file.data.ids = ids;
  };
}
