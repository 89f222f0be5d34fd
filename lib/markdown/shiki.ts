import type { RehypeShikiOptions } from '@shikijs/rehype';
import type { ShikiTransformer } from 'shiki';

/** Shows the block's language above it; read by the `pre` entry of the MDX component map. */
const languageLabel: ShikiTransformer = {
  name: 'language-label',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
  },
};

/** Highlighting in both schemes: Shiki emits both colours as CSS variables, the stylesheet picks one. */
export const shikiOptions = {
  // The "default" GitHub themes keep every token (comments too) at 4.5:1 on their backgrounds.
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: false,
  defaultLanguage: 'text',
  fallbackLanguage: 'text',
  transformers: [languageLabel],
} satisfies RehypeShikiOptions;
