import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The one param a blog route generates when it has nothing to list. `output: 'export'` fails the
 * build when a dynamic route's generateStaticParams returns no params, which a blog without tags,
 * with one page of posts or with no posts at all would do. Upper case: no year, page number,
 * date or tag slug (github-slugger writes lower case) can be it.
 */
export const PLACEHOLDER = 'NONE';

/** A route's params, or its placeholder params when there are none; the page answers those with notFound(). */
export function orPlaceholder<P extends Record<string, string>>(params: P[], placeholder: P): P[] {
  return params.length ? params : [placeholder];
}

/** Where the placeholder pages of the blog's routes land in the export (years and posts share the first). */
const PLACEHOLDER_PAGES = [`blog/${PLACEHOLDER}`, `blog/page/${PLACEHOLDER}`, `blog/tags/${PLACEHOLDER}`];

/**
 * Deletes the placeholder pages from an exported site, and the folders they leave empty, so that
 * no URL serves them. Returns the site paths it deleted.
 */
export function removePlaceholderPages(outDir: string): string[] {
  const removed: string[] = [];
  for (const page of PLACEHOLDER_PAGES) {
    const dir = path.join(outDir, page);
    if (!existsSync(dir)) continue;
    rmSync(dir, { recursive: true });
    removed.push(`/${page}/`);
    const parent = path.dirname(dir);
    if (readdirSync(parent).length === 0) rmdirSync(parent);
  }
  return removed;
}
