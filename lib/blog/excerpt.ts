import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../content/parse';

/** `<!-- more -->` in Markdown, `{/* more *\/}` in MDX: where a post's excerpt ends. */
const MORE_HTML = /^<!--\s*more\s*-->$/i;
const MORE_MDX = /^\/\*\s*more\s*\*\/$/i;

function isMoreMarker(node: RootContent): boolean {
  if (node.type === 'html') return MORE_HTML.test(node.value.trim());
  return node.type === 'mdxFlowExpression' && MORE_MDX.test(node.value.trim());
}

function plain(nodes: RootContent[]): string {
  return nodes
    .filter((node) => node.type !== 'html' && node.type !== 'code')
    .map((node) => toString(node, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A post's excerpt: Markdown source to render in lists, and plain text for meta descriptions. */
export type Excerpt = { markdown: string; text: string };

/**
 * The text before the more marker, else the description, else the first paragraph.
 * A description is plain text, so it serves as both forms.
 */
export function excerptOf(raw: string, format: 'md' | 'mdx', description?: string): Excerpt {
  const tree = parseBody(raw, format);
  // Unparseable bodies fail the build when rendered; an excerpt is not the place to report it.
  if (!tree) return { markdown: description ?? '', text: description ?? '' };
  const markerIndex = tree.children.findIndex(isMoreMarker);
  if (markerIndex > 0) {
    const before = tree.children.slice(0, markerIndex);
    const end = tree.children[markerIndex].position?.start.offset ?? raw.length;
    return { markdown: raw.slice(0, end).trim(), text: plain(before) };
  }
  if (description) return { markdown: description, text: description };
  const first = tree.children.find((node) => node.type === 'paragraph');
  if (!first?.position) return { markdown: '', text: '' };
  return { markdown: raw.slice(first.position.start.offset, first.position.end.offset), text: plain([first]) };
}

/** Minutes to read a body at 230 words a minute, at least one. */
export function readingMinutes(raw: string): number {
  const words = raw.replace(/```[\s\S]*?```/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
