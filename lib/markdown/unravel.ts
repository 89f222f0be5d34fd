import type { Paragraph, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

type JsxText = RootContent & { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' };

const isJsxText = (node: RootContent): node is JsxText => node.type === 'mdxJsxTextElement';
const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();

/**
 * MDX: a paragraph holding only JSX elements (`<Callout …>…</Callout>` written on one line) is
 * those elements, not a `<p>` around them, as MDX's own compiler reads it.
 */
export function remarkUnravelJsx() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const children = node.children as RootContent[];
      if (!children.some(isJsxText) || !children.every((child) => isJsxText(child) || isBlank(child))) return;
      const elements = children.filter(isJsxText).map((child) => ({ ...child, type: 'mdxJsxFlowElement' }) as JsxText);
      parent.children.splice(index, 1, ...(elements as typeof parent.children));
      return [SKIP, index + elements.length];
    });
  };
}
