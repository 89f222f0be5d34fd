import type { Element, Root } from 'hast';
import { defaultHandlers, toMdast, type State } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import type { Blockquote, Code } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { CALLOUT_TYPES } from './callouts';

/** `/docs/concepts/data_model/` → `/docs/concepts/data_model.md`: where a page's Markdown is served. */
export function markdownPath(url: string): string {
  return url === '/' ? '/index.md' : `${url.replace(/\/$/, '')}.md`;
}

function isHeadingAnchor(node: Element): boolean {
  // hast types className as a list; a tree from elsewhere may hold a string.
  const className: unknown = node.properties.className;
  return node.tagName === 'a' && (Array.isArray(className) ? className.includes('heading-anchor') : className === 'heading-anchor');
}

/** A callout as a blockquote led by its `[!KIND]` marker; an unknown kind is a plain quote. */
function alert(state: State, node: Element, kind: unknown): Blockquote {
  const children = state.toFlow(state.all(node));
  // The marker is written raw: only the site's own callout kinds may reach it.
  const known = (CALLOUT_TYPES as readonly unknown[]).includes(kind) ? String(kind) : null;
  const marker = { type: 'html' as const, value: `[!${known?.toUpperCase()}]\n` };
  // The marker shares the first paragraph, on a line of its own: `> [!NOTE]` then `> text`.
  const first = children.at(0);
  const withMarker =
    first?.type === 'paragraph'
      ? [{ ...first, children: [marker, ...first.children] }, ...children.slice(1)]
      : [{ type: 'paragraph' as const, children: [marker] }, ...children];
  const result: Blockquote = { type: 'blockquote', children: known ? withMarker : children };
  state.patch(node, result);
  return result;
}

/**
 * A page's Markdown for readers outside the site (LLM tools, the `.md` beside each page), made from
 * the pipeline's sanitised tree: what the page shows, with links already resolved to site URLs and
 * made absolute here (`#id` against the page's own URL), code without highlighting, and nothing the sanitiser removed.
 */
export function treeToMarkdown({ title, tree, url, siteUrl }: { title: string; tree: Root; url: string; siteUrl: string }): string {
  const page = new URL(url, siteUrl);
  const mdast = toMdast(tree, {
    handlers: {
      // Shiki keeps the language in a raw `data-language` property, not in a `language-*` class.
      pre: (state, node): Code => {
        const lang = node.properties['data-language'] ?? node.properties.dataLanguage;
        const result: Code = {
          type: 'code',
          lang: typeof lang === 'string' ? lang : null,
          meta: null,
          value: toString(node).replace(/\n+$/, ''),
        };
        state.patch(node, result);
        return result;
      },
      // Callouts become GitHub alerts, the form most Markdown readers know.
      aside: (state, node) => alert(state, node, node.properties['data-callout'] ?? node.properties.dataCallout),
      Callout: (state, node) => alert(state, node, node.properties.type ?? 'note'),
      // The heading's own `#` link is page furniture, not text.
      a: (state, node) => (isHeadingAnchor(node) ? undefined : defaultHandlers.a(state, node)),
    },
  });
  visit(mdast, (node) => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      (node.url.startsWith('/') || node.url.startsWith('#'))
    )
      node.url = new URL(node.url, page).href;
  });
  return `# ${title}\n\n${toMarkdown(mdast, { bullet: '-', extensions: [gfmToMarkdown({ tablePipeAlign: false })] }).trim()}\n`;
}
