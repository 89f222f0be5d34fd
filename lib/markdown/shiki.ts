import rehypeShikiFromHighlighter, { type RehypeShikiCoreOptions } from '@shikijs/rehype/core';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import type { Pluggable } from 'unified';

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

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/** The Shiki rehype plugin with its options, on one highlighter per process shared by every body. */
export async function shikiPlugin(): Promise<Pluggable> {
  highlighter ??= createHighlighter({ themes: Object.values(shikiOptions.themes), langs: [] });
  return [rehypeShikiFromHighlighter, await highlighter, shikiOptions];
}
