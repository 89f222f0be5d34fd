/**
 * Maps content files to site URLs. The one place that knows the URL scheme:
 * contentlayer's computed fields and the Markdown link resolver both call it.
 */

import { splitVersionedSlug, versionedSlug } from './versions';

/** Blog file names: `YYYY-MM-DD-slug.md(x)`. */
const BLOG_FILE = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;
const CONTENT_EXT = /\.mdx?$/;

export type ContentArea = 'docs' | 'blog' | 'pages';

/** Splits `docs/concepts/data_model.md` into its area and the path inside it, without extension. */
function splitSourcePath(sourceFilePath: string): { area: ContentArea; rest: string[] } | null {
  const parts = sourceFilePath.replace(CONTENT_EXT, '').split('/');
  const [area, ...rest] = parts;
  if (area !== 'docs' && area !== 'blog' && area !== 'pages') return null;
  return { area, rest };
}

/**
 * Path segments of a doc below `/docs/`; `index` files stand for their folder, and the
 * latest version of a versioned section is served under `latest` (its canonical URL).
 */
export function docSlugSegments(sourceFilePath: string): string[] {
  const split = splitSourcePath(sourceFilePath);
  if (split?.area !== 'docs') throw new Error(`${sourceFilePath} is not a docs file`);
  const segments = split.rest.at(-1) === 'index' ? split.rest.slice(0, -1) : split.rest;
  const versioned = splitVersionedSlug(segments.join('/'));
  return versioned ? versionedSlug(versioned.section, versioned.version, versioned.rest).split('/') : segments;
}

/** Years a post may carry: from Prometheus's first commit to well past any plausible schedule. */
export const BLOG_YEARS = { first: 2012, last: 2099 } as const;

/** Whether YYYY, MM and DD make a real day (no 2026-02-30) within BLOG_YEARS. */
export function isCalendarDate(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (y < BLOG_YEARS.first || y > BLOG_YEARS.last) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Date and slug parsed from a blog file name, or null when the name does not follow
 * `YYYY-MM-DD-slug` with a real calendar date.
 */
export function parseBlogFileName(fileName: string): { year: string; month: string; day: string; slug: string } | null {
  const match = BLOG_FILE.exec(fileName.replace(CONTENT_EXT, ''));
  if (!match) return null;
  const [, year, month, day, slug] = match;
  return isCalendarDate(year, month, day) ? { year, month, day, slug } : null;
}

/** The site URL (leading and trailing slash) of a content file given relative to `content/`. */
export function routeForSourcePath(sourceFilePath: string): string {
  const split = splitSourcePath(sourceFilePath);
  if (!split) throw new Error(`${sourceFilePath} is outside content/docs, content/blog and content/pages`);
  switch (split.area) {
    case 'docs': {
      const segments = docSlugSegments(sourceFilePath);
      return segments.length ? `/docs/${segments.join('/')}/` : '/docs/';
    }
    case 'blog': {
      const parsed = parseBlogFileName(split.rest.join('/'));
      if (!parsed) throw new Error(`content/${sourceFilePath}: blog file names must look like YYYY-MM-DD-slug.md`);
      return `/blog/${parsed.year}/${parsed.month}/${parsed.day}/${parsed.slug}/`;
    }
    case 'pages':
      return `/${split.rest.join('/')}/`;
  }
}

/** Whether a path names a content file (`.md` or `.mdx`). */
export function isContentFile(path: string): boolean {
  return CONTENT_EXT.test(path);
}
