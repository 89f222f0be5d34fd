/**
 * Maps content files to site URLs. The one place that knows the URL scheme:
 * contentlayer's computed fields and the Markdown link resolver both call it.
 */

import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { siteConfig } from '../../site.config';
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

/**
 * Drafts are shown by `npm run dev` only: production builds, the check, the scripts after the build
 * (feeds, llms, search) and tests leave them out.
 */
const SHOW_DRAFTS = process.env.NODE_ENV === 'development';

/** Whether a document is built: everything but drafts outside `npm run dev`. */
export function isPublished(doc: { draft?: boolean }): boolean {
  return SHOW_DRAFTS || !doc.draft;
}

/** What decides a content file's routes: its path under content/ and two frontmatter fields. */
export type RouteSource = { sourceFilePath: string; draft?: boolean; tags?: readonly string[] };

/** Every page the build makes, by what makes it. */
export type SiteRoute =
  | { kind: 'home'; url: string }
  | { kind: 'blog'; url: string }
  /** A docs URL: a file's page, a folder's page (`source` absent), or the latest version under its number. */
  | { kind: 'docs'; url: string; source?: string }
  | { kind: 'post'; url: string; source: string }
  | { kind: 'page'; url: string; source: string }
  | { kind: 'blog-page'; url: string; page: number }
  | { kind: 'blog-year'; url: string; year: string }
  | { kind: 'blog-tag'; url: string; slug: string }
  /** A file the build writes beside the pages (feeds, sitemap, llms files). */
  | { kind: 'file'; url: string };

/** Files the build writes beside the pages; links to them are links to real paths. */
const GENERATED_FILES = ['/download.json', '/sitemap.xml', '/robots.txt', '/blog/feed.xml', '/blog/rss.xml', '/blog/feed.json', '/llms.txt', '/llms-full.txt'] as const;

/** Newest first by the date in the file name, then by slug: the order of every post list and feed. */
export function byNewest(a: { sourceFilePath: string }, b: { sourceFilePath: string }): number {
  const [x, y] = [path.posix.basename(a.sourceFilePath), path.posix.basename(b.sourceFilePath)];
  return y.slice(0, 10).localeCompare(x.slice(0, 10)) || x.slice(11).localeCompare(y.slice(11));
}

/** A tag's URL segment: `Remote Write` → `remote-write`. */
export function tagSlug(tag: string): string {
  return new GithubSlugger().slug(tag);
}

/**
 * The site's routes, from its content files: the check (from files, before contentlayer), the pages'
 * generateStaticParams, the sitemap and docs routes all read this one list. Folders under docs/ are
 * pages even without an index file; a versioned section's latest version also answers at its number.
 */
export function siteRoutes(sources: readonly RouteSource[], postsPerPage: number = siteConfig.blog.postsPerPage): SiteRoute[] {
  const routes = new Map<string, SiteRoute>();
  const add = (route: SiteRoute) => {
    if (!routes.has(route.url)) routes.set(route.url, route);
  };
  add({ kind: 'home', url: '/' });
  const published = sources.filter((source) => isContentFile(source.sourceFilePath) && isPublished(source));
  const docs = published.filter((source) => source.sourceFilePath.startsWith('docs/'));
  for (const { sourceFilePath } of docs) add({ kind: 'docs', url: routeForSourcePath(sourceFilePath), source: sourceFilePath });
  for (const { sourceFilePath } of docs) {
    for (let dir = path.posix.dirname(sourceFilePath); dir.startsWith('docs'); dir = path.posix.dirname(dir)) add({ kind: 'docs', url: routeForSourcePath(`${dir}/index.md`) });
  }
  for (const route of [...routes.values()]) {
    const versioned = route.kind === 'docs' ? splitVersionedSlug(route.url.replace(/^\/docs\/|\/$/g, '')) : null;
    if (versioned?.version.latest) add({ kind: 'docs', url: route.url.replace(`/docs/${versioned.section.section}/latest/`, `/docs/${versioned.section.section}/${versioned.version.id}/`) });
  }
  const posts = published.filter((source) => source.sourceFilePath.startsWith('blog/') && parseBlogFileName(path.posix.basename(source.sourceFilePath))).sort(byNewest);
  add({ kind: 'blog', url: '/blog/' });
  for (const post of posts) add({ kind: 'post', url: routeForSourcePath(post.sourceFilePath), source: post.sourceFilePath });
  for (let page = 2; page <= Math.ceil(posts.length / postsPerPage); page++) add({ kind: 'blog-page', url: `/blog/page/${page}/`, page });
  for (const post of posts) {
    const year = path.posix.basename(post.sourceFilePath).slice(0, 4);
    add({ kind: 'blog-year', url: `/blog/${year}/`, year });
  }
  for (const tag of posts.flatMap((post) => post.tags ?? [])) add({ kind: 'blog-tag', url: `/blog/tags/${tagSlug(tag)}/`, slug: tagSlug(tag) });
  for (const { sourceFilePath } of published.filter((source) => source.sourceFilePath.startsWith('pages/'))) add({ kind: 'page', url: routeForSourcePath(sourceFilePath), source: sourceFilePath });
  for (const url of GENERATED_FILES) add({ kind: 'file', url });
  return [...routes.values()];
}
