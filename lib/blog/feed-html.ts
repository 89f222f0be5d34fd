import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';

/** Page furniture that means nothing in a feed reader. */
const DROP = ['button', 'script', 'style', 'svg'];
// Dark-scheme variants (shown only in dark mode) go too: feed readers get the light one.
const DROP_CLASSES = ['heading-anchor', 'code-block-header', 'mantine-visually-hidden', 'mantine-light-hidden'];

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The body of a built post page as feed HTML: the article's content only, page furniture
 * removed, classes and styles dropped, and every link and image made absolute.
 */
export function feedHtml(pageHtml: string, pageUrl: string): string {
  const body = select('.content-body', fromHtml(pageHtml));
  if (!body) throw new Error(`${pageUrl}: no .content-body in the built page`);
  const tree: Root = { type: 'root', children: body.children };
  // React's text-boundary comments (`<!-- -->`) are noise outside the page.
  visit(tree, 'comment', (_node, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && (DROP.includes(node.tagName) || classes(node).some((c) => DROP_CLASSES.includes(c)))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const key of Object.keys(node.properties)) {
      if (key === 'className' || key === 'style' || key.startsWith('data') || key === 'tabIndex') delete node.properties[key];
    }
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties[key] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree).trim();
}
