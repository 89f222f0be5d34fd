/**
 * How a file from another repository's docs folder enters content/: pages keep their text and
 * line numbers; what would stop contentlayer (an unknown field, a value of the wrong type, no
 * title) is commented out or skipped, and said as a note the check prints as a warning.
 */
import path from 'node:path';
import type { DocsSource } from '../../site.config';
import { checkFrontmatter, type CollectionSpec } from './frontmatter';
import type { SyncNote } from '../sync/upstream';
import { splitFrontmatter } from './yaml';

/**
 * Files beside the Markdown that pages show: copied and served at their path. Raster images only:
 * an SVG is a document that can carry scripts, and would be served from the site's origin.
 */
export const ASSET_FILE = /\.(png|jpe?g|gif|webp|avif)$/i;

export type UpstreamFile =
  | { kind: 'page'; text: string; notes: SyncNote[] }
  | { kind: 'skip'; notes: SyncNote[] };

/** Frontmatter of the section's own index page: its title and place come from site.config.ts. */
export function sectionIndexFrontmatter(source: Pick<DocsSource, 'title' | 'sortRank' | 'navIcon'>): string[] {
  return ['---', `title: ${JSON.stringify(source.title)}`, `sort_rank: ${source.sortRank}`, `nav_icon: ${source.navIcon}`, '---'];
}

/** The lines of a YAML entry that starts at `index`: the key line and its indented or list continuation. */
function entryEnd(lines: string[], index: number): number {
  let end = index + 1;
  while (end < lines.length && /^(\s+|-\s|-$)/.test(lines[end])) end++;
  return end;
}

/**
 * One upstream Markdown file, as it is written into content/ (`file` is its content/ path, for
 * notes). `rootIndex`: the version folder's own index.md, which takes the section's title.
 */
export function prepareUpstreamPage(text: string, file: string, doc: CollectionSpec, options: { rootIndex: boolean; source: DocsSource }): UpstreamFile {
  const head = splitFrontmatter(text)?.head ?? '';
  const body = text.slice(head.length);
  const headLines = head ? head.replace(/\r?\n$/, '').split(/\r?\n/) : [];
  const hasTitle = headLines.some((line) => /^title:\s*\S/.test(line));
  if (options.rootIndex) {
    // Upstream's top-level index.md (`# todo: internal`, no title) is not a page: the section's is generated.
    const frontmatter = sectionIndexFrontmatter(options.source);
    if (!hasTitle) return { kind: 'page', text: `${frontmatter.join('\n')}\n`, notes: [{ file, line: 1, column: 1, message: `${path.basename(file)} has no title: not a page, so the section's index shows "${options.source.title}" (docsSources in site.config.ts) and lists its pages` }] };
    // Keep the body on its lines: pad the generated frontmatter to the original's length.
    while (frontmatter.length < headLines.length) frontmatter.splice(-1, 0, '# (set by sync-docs from docsSources in site.config.ts)');
    return { kind: 'page', text: `${frontmatter.join('\n')}\n${body}`, notes: [] };
  }
  if (!hasTitle) return { kind: 'skip', notes: [{ file, line: 1, column: 1, message: `No title in the frontmatter: not a page, so it was left out of the site` }] };
  const notes: SyncNote[] = [];
  const lines = text.split('\n');
  // Value checks (nav_icon) are not run here: the nav falls back to a default icon, the check warns.
  for (const problem of checkFrontmatter(file, text, [doc])) {
    const index = problem.line - 1;
    if (index <= 0 || index >= headLines.length - 1 || lines[index].startsWith('#')) continue;
    for (let i = index; i < entryEnd(lines, index); i++) lines[i] = `# (left out by sync-docs) ${lines[i]}`;
    notes.push({ ...problem, message: `${problem.message}; the field was left out` });
  }
  const prepared = lines.join('\n');
  const left = checkFrontmatter(file, prepared, [doc]);
  if (left.length) return { kind: 'skip', notes: [...notes, ...left.map((p) => ({ ...p, message: `${p.message}; the file was left out` }))] };
  return { kind: 'page', text: prepared, notes };
}
