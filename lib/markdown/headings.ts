import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const LINKED = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Adds a self-link to every h2–h6 so readers can share a section.
 * Runs after rehype-slug: it needs heading ids.
 */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!LINKED.has(node.tagName) || typeof node.properties.id !== 'string') return;
      const text = toString(node).trim();
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${node.properties.id}`,
          className: ['heading-anchor'],
          ariaLabel: `Link to section: ${text}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
