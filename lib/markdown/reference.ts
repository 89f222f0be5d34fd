/**
 * The Prometheus reference pages a body's examples link into (functions, operators, query basics,
 * configuration), read from content/ in the docs version the body belongs to: their sections with
 * the ids the pipeline gives them, and the names each section defines. Links are made only to ids
 * found here, and the check verifies each one like any other link.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Node } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { routeForSourcePath } from '../content/routes';
import { CONTENT_DIR } from '../content/source';
import { splitFrontmatter } from '../content/yaml';
import { splitVersionedSlug, versionedSections } from '../content/versions';
import { rehypeAllowlist } from './allowlist';
import { cachedValue } from './body-cache';
import { remarkCallouts } from './callouts';
import { referenceFile, type ReferencePageName } from './reference-files';

/** A heading of a reference page. */
export type ReferenceSection = {
  /** Its id, as the pipeline gives it (rehype-slug, or the id written in the source). */
  id: string;
  /** Its text. */
  title: string;
  /** Names it defines: code in the heading (`rate()`, `` `sum` ``), and names its list items open with or its tables list first (`` `avg_over_time(…)` ``). */
  names: Set<string>;
  /** The names the heading itself gives: they win over a list item elsewhere on the page. */
  headingNames: Set<string>;
};

/** A reference page: its URL and sections in order; its headings and code blocks, for readers of the configuration reference. */
export type ReferencePage = { url: string; sections: ReferenceSection[]; tree: Root };

/** A name as a reference writes it at the start of a heading's code or a list item: `rate()`, `sum`, `avg_over_time(range-vector)`. */
const LEADING_NAME = /^([a-z_][a-z0-9_]*)(?:\(|$|\s)/i;
/** `rate()` in a heading's plain text, as older versions write headings. */
const CALL_IN_TEXT = /\b([a-z_][a-z0-9_]*)\(\)/gi;

/** The start of the pipeline (lib/markdown/pipeline.ts) up to heading ids: the same ids, none of the rest. */
const headingIds = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCallouts)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeAllowlist)
  .use(rehypeSlug);

const HEADING = /^h[2-6]$/;

/** The first `<code>` an element opens with (directly, or in the paragraph of a loose list item). */
function leadingCode(node: Element): Element | undefined {
  const first = node.children.find((child) => child.type !== 'text' || child.value.trim());
  if (first?.type !== 'element') return undefined;
  if (first.tagName === 'code') return first;
  return first.tagName === 'p' ? leadingCode(first) : undefined;
}

/** Sections of a rendered reference page, in order, with the names each defines. */
export function sectionsOf(tree: Root): ReferenceSection[] {
  const sections: ReferenceSection[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (HEADING.test(node.tagName) && typeof node.properties.id === 'string') {
        const title = toString(node).trim();
        const names = new Set<string>();
        const visitCode = (children: ElementContent[]) => {
          for (const child of children) {
            if (child.type !== 'element') continue;
            const name = child.tagName === 'code' ? LEADING_NAME.exec(toString(child).trim())?.[1] : undefined;
            if (name) names.add(name);
            visitCode(child.children);
          }
        };
        visitCode(node.children);
        for (const match of title.matchAll(CALL_IN_TEXT)) names.add(match[1]);
        sections.push({ id: node.properties.id, title, names: new Set(names), headingNames: names });
        continue;
      }
      if ((node.tagName === 'li' || node.tagName === 'dt') && sections.length) {
        const code = leadingCode(node);
        const name = code && LEADING_NAME.exec(toString(code).trim())?.[1];
        if (name) sections[sections.length - 1].names.add(name);
      }
      // A table that lists names in its first column (`min_over_time(range)`, `max_over_time(range)` | …).
      if (node.tagName === 'tr' && sections.length) {
        const first = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'td');
        for (const code of first?.children ?? []) {
          const name = code.type === 'element' && code.tagName === 'code' ? LEADING_NAME.exec(toString(code).trim())?.[1] : undefined;
          if (name) sections[sections.length - 1].names.add(name);
        }
      }
      walk(node.children);
    }
  };
  walk(tree.children as ElementContent[]);
  return sections;
}

/** The docs version a body's examples link into: its own, for a Prometheus docs page; else the latest. */
export function referenceVersion(sourceFilePath: string): string | undefined {
  const own = splitVersionedSlug(sourceFilePath.replace(/^docs\//, '').replace(/\.mdx?$/, ''));
  if (own?.section.section === 'prometheus') return own.version.id;
  return versionedSections().find((section) => section.section === 'prometheus')?.latest;
}

/** The parts of a page the linkers read, in order: headings and code blocks (the rest is most of a large page). */
function pruned(tree: Root): Root {
  const kept: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName) && node.tagName !== 'pre') return CONTINUE;
    kept.push(node);
    return SKIP;
  });
  const root: Root = { type: 'root', children: kept };
  visit(root, (node: Node) => {
    delete node.position;
  });
  return root;
}

/** A reference page from its Markdown (`file` relative to content/, for its URL). */
export function parseReferencePage(raw: string, file: string): ReferencePage {
  // Frontmatter lines become blank lines: the body keeps its line numbers.
  const head = splitFrontmatter(raw)?.head ?? '';
  const vfile = new VFile({ value: '\n'.repeat(head.split('\n').length - 1) + raw.slice(head.length), data: { sourceFilePath: file } });
  const tree = headingIds.runSync(headingIds.parse(vfile), vfile);
  return { url: routeForSourcePath(file), sections: sectionsOf(tree), tree: pruned(tree) };
}

/** A ReferencePage as JSON: its sets as arrays. */
type StoredPage = Omit<ReferencePage, 'sections'> & {
  sections: (Omit<ReferenceSection, 'names' | 'headingNames'> & { names: string[]; headingNames: string[] })[];
};

const pages = new Map<string, ReferencePage | null>();

/** A reference page of a version, read from content/ and parsed once per process; null when that version does not have it. */
export function referencePage(version: string, page: ReferencePageName): ReferencePage | null {
  const file = referenceFile(version, page);
  let found = pages.get(file);
  if (found !== undefined) return found;
  try {
    const raw = readFileSync(path.join(CONTENT_DIR, file), 'utf8');
    // Parsed once per build, not once per process: the configuration reference alone takes half a second.
    const stored = cachedValue(`reference-${createHash('sha256').update(`${file}\0${raw}`).digest('hex')}`, (): StoredPage => {
      const page = parseReferencePage(raw, file);
      return { ...page, sections: page.sections.map((s) => ({ ...s, names: [...s.names], headingNames: [...s.headingNames] })) };
    });
    found = { ...stored, sections: stored.sections.map((s) => ({ ...s, names: new Set(s.names), headingNames: new Set(s.headingNames) })) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    found = null;
  }
  pages.set(file, found);
  return found;
}

/** The reference pages of one docs version, as the linkers read them. */
export type Reference = { version: string; page: (name: ReferencePageName) => ReferencePage | null };

/** A version's reference pages, from content/. */
export const referenceOf = (version: string): Reference => ({ version, page: (name) => referencePage(version, name) });

/** Where a name is defined on a page: the section whose heading names it, else the first whose list items do. */
export function sectionDefining(page: ReferencePage, name: string): ReferenceSection | undefined {
  return page.sections.find((s) => s.headingNames.has(name)) ?? page.sections.find((s) => s.names.has(name));
}

/** The first section whose title matches one of `titles`, tried in order. */
export function sectionTitled(page: ReferencePage, titles: readonly RegExp[]): ReferenceSection | undefined {
  for (const title of titles) {
    const section = page.sections.find((s) => title.test(s.title));
    if (section) return section;
  }
  return undefined;
}
