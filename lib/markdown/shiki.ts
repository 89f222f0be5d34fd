import rehypeShikiFromHighlighter, { type RehypeShikiCoreOptions } from '@shikijs/rehype/core';
import { createHighlighter, type LanguageRegistration, type ShikiTransformer } from 'shiki';
import type { Element, ElementContent, Root } from 'hast';
import type { Pluggable } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Shows the block's language above it; read by the `pre` entry of the MDX component map. */
const languageLabel: ShikiTransformer = {
  name: 'language-label',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
  },
};

/** Highlighting in both schemes: Shiki emits both colours as CSS variables, the stylesheet picks one. */
const shikiOptions = {
  // The "default" GitHub themes keep every token (comments too) at 4.5:1 on their backgrounds.
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: false,
  defaultLanguage: 'text',
  // Unknown languages are shown as plain text.
  fallbackLanguage: 'text',
  // A grammar loads when a block first needs it. @shikijs/rehype's default loads all ~200 for
  // every body it compiles: a fifth of a page's render time.
  lazy: true,
  transformers: [languageLabel],
} satisfies RehypeShikiCoreOptions;

/**
 * PromQL by name only: a grammar with no rules, so Shiki keeps such a block as one plain run of
 * text labelled `promql`, for rehypePromql (./promql.ts) to colour with Prometheus's own grammar.
 */
const promqlByName: LanguageRegistration = { name: 'promql', scopeName: 'source.promql', patterns: [], repository: {} };

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/** The Shiki rehype plugin with its options, on one highlighter per process shared by every body. */
export async function shikiPlugin(): Promise<Pluggable> {
  highlighter ??= createHighlighter({ themes: Object.values(shikiOptions.themes), langs: [promqlByName] });
  return [rehypeShikiFromHighlighter, await highlighter, shikiOptions];
}

/** `--shiki-light:#1f2328;--shiki-dark:#e6edf3`: a token's (or the block's) two colours, `light|dark`. */
function colours(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const light = /--shiki-light:([^;]+)/.exec(style)?.[1];
  const dark = /--shiki-dark:([^;]+)/.exec(style)?.[1];
  return light && dark ? `${light.toLowerCase()}|${dark.toLowerCase()}` : undefined;
}

/** A code block's content with line wrappers and default-coloured tokens as plain text, adjacent text merged. */
function flatten(nodes: ElementContent[], plain: string | undefined): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const unwrap =
      node.type === 'element' && node.tagName === 'span' && (node.properties.class === 'line' || colours(node.properties.style) === plain);
    for (const child of unwrap ? flatten(node.children, plain) : [node]) {
      const last = out.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else out.push(child);
    }
  }
  return out;
}

/**
 * Shiki's output, leaner: line wrappers and tokens in the block's own colours become plain text,
 * which the block's colour styles anyway. Same look, and the configuration reference's code
 * blocks shrink from 6,197 elements to about a third (pages with large DOMs are slow to lay out).
 */
export function rehypeLeanCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (
        node.tagName !== 'pre' ||
        !String(node.properties.class ?? '')
          .split(' ')
          .includes('shiki')
      )
        return;
      const plain = colours(node.properties.style);
      for (const code of node.children)
        if (code.type === 'element' && code.tagName === 'code') code.children = flatten(code.children, plain);
      return SKIP;
    });
  };
}
