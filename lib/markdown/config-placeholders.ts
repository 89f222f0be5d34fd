import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** A placeholder as configuration references write one in code: `<tls_config>`, `<string>`. */
const PLACEHOLDER = /<([a-z0-9_]+)>/g;

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
type Link = { start: number; end: number; href: string };

/** Wraps each stretch in a link, in the deepest element that holds it whole; one walk down the tree. */
function linkRanges(node: Element, links: Link[]): void {
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
    if (child.type === 'element' && inside.length) linkRanges(child, inside);
    offset = end;
  }
  for (const { start, end, href } of here) {
    const from = splitAt(node, start);
    const to = splitAt(node, end);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href, className: ['placeholder-link'] },
      children: node.children.slice(from, to),
    };
    node.children.splice(from, to - from, link);
  }
}

/** Wraps the placeholders of one code block that name an id on the page in links to it. */
function linkPlaceholders(code: Element, ids: ReadonlySet<string>): void {
  const links = [...toString(code).matchAll(PLACEHOLDER)]
    .filter((match) => ids.has(match[1]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, href: `#${match[1]}` }));
  if (links.length) linkRanges(code, links);
}

/**
 * Links `<name>` placeholders in code blocks to the section with id `name`, as configuration
 * references do (`[ tls_config: <tls_config> ]` → `### <tls_config>`). Runs after highlighting:
 * a placeholder may sit inside one token's text or span several tokens; both are wrapped whole.
 */
export function rehypePlaceholderLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const blocks: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      // `<a name="…">`, as older pages write anchors, is a target too.
      for (const id of [node.properties.id, node.tagName === 'a' ? node.properties.name : undefined]) {
        if (typeof id === 'string') ids.add(id);
      }
      if (node.tagName !== 'pre') return CONTINUE;
      for (const child of node.children) if (child.type === 'element' && child.tagName === 'code') blocks.push(child);
      // Highlighted code is most of a reference page's nodes, and holds no section ids.
      return SKIP;
    });
    for (const code of blocks) linkPlaceholders(code, ids);
  };
}
