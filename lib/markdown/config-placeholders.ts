import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { linkRanges } from './link-ranges';

/** A placeholder as configuration references write one in code: `<tls_config>`, `<string>`. */
const PLACEHOLDER = /<([a-z0-9_]+)>/g;

/** Wraps the placeholders of one code block that name an id on the page in links to it. */
function linkPlaceholders(code: Element, ids: ReadonlySet<string>): void {
  const links = [...toString(code).matchAll(PLACEHOLDER)]
    .filter((match) => ids.has(match[1]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, href: `#${match[1]}` }));
  if (links.length) linkRanges(code, links, 'code-link');
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
