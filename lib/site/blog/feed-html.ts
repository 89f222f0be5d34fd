import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';

// Self-links, and dark-scheme variants (shown only in dark mode): feed readers get the light one.
const DROP_CLASSES = ['heading-anchor', 'mantine-light-hidden'];

function classes(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/**
 * A post's processed body (lib/markdown/pipeline.ts) as feed HTML: self-links and dark variants
 * removed, classes, styles and data attributes dropped (feed readers have no site stylesheet),
 * and every link and image made absolute. The tree is not changed.
 */
export function feedHtml(body: Root, pageUrl: string): string {
  const tree = structuredClone(body);
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && classes(node).some((c) => DROP_CLASSES.includes(c))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([key]) =>
          !(
            key === 'className' ||
            key === 'class' ||
            key === 'style' ||
            key.startsWith('data') ||
            key === 'tabIndex' ||
            key === 'tabindex'
          ),
      ),
    );
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties[key] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree).trim();
}
