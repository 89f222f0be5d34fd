import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** One entry of a page's "On this page" list. */
export type TocEntry = {
  /** 2 or 3: the heading level. */
  depth: 2 | 3;
  /** Plain text of the heading. */
  text: string;
  /** The heading's id, as the renderer gives it (github-slugger, in document order). */
  id: string;
};

/**
 * Lists the h2/h3 headings of a parsed body with the ids that rehype-slug will give them.
 * Every heading goes through the slugger, in order, because duplicates get `-1`, `-2` suffixes.
 */
export function tocFromTree(tree: Root): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  visit(tree, 'heading', (node: Heading) => {
    // Raw HTML tags are not text: rehype-raw turns them into elements whose text is what counts.
    const text = toString(node, { includeHtml: false }).trim();
    const id = slugger.slug(text);
    if (node.depth === 2 || node.depth === 3) entries.push({ depth: node.depth, text, id });
  });
  return entries;
}

/** Reads the `toc` computed field, which contentlayer stores as a JSON string. */
export function parseToc(json: string): TocEntry[] {
  return JSON.parse(json) as TocEntry[];
}
