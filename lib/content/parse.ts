import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { scanLimits } from './limits';

const processors = {
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
};

/**
 * A body's Markdown tree (GFM, or MDX for `.mdx`), as the renderer reads it; throws its syntax
 * error, or the first content limit it breaks (such bodies could stall the parser).
 */
export function parseMarkdown(raw: string, format: 'md' | 'mdx'): Root {
  const [over] = scanLimits(raw);
  if (over) throw new Error(`${over.line}:${over.column}: ${over.message}`);
  return processors[format].parse(raw);
}

/** Recently parsed bodies: the TOC, summary and excerpt fields of one document each ask for its tree. */
const recent = new Map<string, Root | undefined>();
const RECENT_LIMIT = 8;

/**
 * parseMarkdown, remembered, and undefined when the body does not parse (the renderer reports
 * that with file and line). Callers must not change the tree.
 */
export function parseBody(raw: string, format: 'md' | 'mdx'): Root | undefined {
  const key = `${format}:${raw}`;
  if (recent.has(key)) return recent.get(key);
  let tree: Root | undefined;
  try {
    tree = parseMarkdown(raw, format);
  } catch {
    tree = undefined;
  }
  recent.set(key, tree);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? key);
  return tree;
}
