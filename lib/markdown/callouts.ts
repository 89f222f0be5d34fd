import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** prometheus.io style: a paragraph that starts `NOTE:`, `TIP:`, `CAUTION:` or `WARNING:`. */
const LABEL_PREFIX = /^(NOTE|TIP|CAUTION|WARNING|IMPORTANT):[ \t]*/;
/** GitHub alert marker on the first line of a blockquote: `> [!NOTE]`. */
const ALERT_MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(\r?\n)?/;

function asCalloutType(label: string): CalloutType {
  return label.toLowerCase() as CalloutType;
}

/** Removes a matched prefix from the paragraph's first text, returning the callout type. */
function stripPrefix(paragraph: Paragraph, pattern: RegExp): CalloutType | null {
  const first = paragraph.children.at(0);
  // `**NOTE:** text` is common too: the label is then the whole first strong node.
  if (first?.type === 'strong' && first.children.length === 1 && first.children[0].type === 'text') {
    const match = pattern.exec(`${first.children[0].value.trim()} `);
    if (match && pattern === LABEL_PREFIX) {
      paragraph.children.shift();
      const next = paragraph.children.at(0);
      if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
      return asCalloutType(match[1]);
    }
    return null;
  }
  if (first?.type !== 'text') return null;
  const match = pattern.exec(first.value);
  if (!match) return null;
  first.value = first.value.slice(match[0].length);
  if (!first.value) paragraph.children.shift();
  return asCalloutType(match[1]);
}

/**
 * Turns a node into `<aside data-callout>`, which the `aside` entry of the MDX component map renders.
 * Lowercase HTML on purpose: rehype-raw re-parses `.md` trees and lowercases element names.
 */
function makeCallout(node: Blockquote, type: CalloutType): void {
  node.data = { ...node.data, hName: 'aside', hProperties: { dataCallout: type } };
}

/**
 * Recognises callouts in Markdown: `TIP:`-style paragraphs (alone, or opening a blockquote)
 * and GitHub alerts (`> [!NOTE]`).
 */
export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'blockquote') {
        const first = node.children.at(0);
        if (first?.type !== 'paragraph') return;
        const type = stripPrefix(first, ALERT_MARKER) ?? stripPrefix(first, LABEL_PREFIX);
        if (!type) return;
        if (first.children.length === 0) node.children.shift();
        makeCallout(node, type);
        return;
      }
      if (node.type !== 'paragraph' || !parent || index === undefined || parent.type === 'blockquote') return;
      const type = stripPrefix(node, LABEL_PREFIX);
      if (!type) return;
      const callout: Blockquote = { type: 'blockquote', children: [node], position: node.position };
      makeCallout(callout, type);
      parent.children[index] = callout;
      return SKIP;
    });
  };
}
