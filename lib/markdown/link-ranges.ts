// Links over stretches of highlighted code: a stretch may sit inside one token's text or span
// several tokens, and keeps every token's colour. Offsets count the code's text as toString does.
import type { Element, ElementContent, Text } from 'hast';

/** Characters of text under a node, counted as `toString` counts them. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element') return 0;
  return node.children.reduce((sum, child) => sum + textLength(child), 0);
}

/** Two nodes with the same look holding the text before and from `at`. */
function split(node: Text | Element, at: number): [ElementContent, ElementContent] {
  if (node.type === 'text')
    return [
      { type: 'text', value: node.value.slice(0, at) },
      { type: 'text', value: node.value.slice(at) },
    ];
  const index = splitAt(node, at);
  return [
    { ...node, children: node.children.slice(0, index) },
    { ...node, properties: { ...node.properties }, children: node.children.slice(index) },
  ];
}

/** Splits the child straddling text offset `at`, if any; returns the index of the child starting there. */
function splitAt(parent: Element, at: number): number {
  let offset = 0;
  for (const [index, child] of parent.children.entries()) {
    if (at <= offset) return index;
    const end = offset + textLength(child);
    if (at < end && (child.type === 'text' || child.type === 'element')) {
      parent.children.splice(index, 1, ...split(child, at - offset));
      return index + 1;
    }
    offset = end;
  }
  return parent.children.length;
}

/** A stretch of a node's text to wrap in a link to `href`, as text offsets. */
export type Link = { start: number; end: number; href: string };

/** Wraps each stretch in a link, in the deepest element that holds it whole; one walk down the tree. */
export function linkRanges(node: Element, links: Link[], className: string): void {
  const here: Link[] = [];
  let offset = 0;
  let next = 0;
  for (const child of node.children) {
    const end = offset + textLength(child);
    const inside: Link[] = [];
    for (; next < links.length && links[next].start < end; next++) {
      const link = links[next];
      if (child.type === 'element' && link.end <= end) inside.push({ ...link, start: link.start - offset, end: link.end - offset });
      else here.push(link);
    }
    if (child.type === 'element' && inside.length) linkRanges(child, inside, className);
    offset = end;
  }
  for (const { start, end, href } of here) {
    const from = splitAt(node, start);
    const to = splitAt(node, end);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href, className: [className] },
      children: node.children.slice(from, to),
    };
    node.children.splice(from, to - from, link);
  }
}
