// `npm run check`: every content problem at once, without a Next build, as
// `content/file.md:LINE:COL  message` with a code frame (and GitHub annotations in Actions):
// frontmatter and data fields against the contentlayer schema, bodies compiled with the site's
// own pipeline (syntax, code in content, h1 in the body, images without alt), internal links and
// anchors, links to files in public/, duplicate routes. The build runs it first.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { announcementSchedule } from '../../lib/site/announcement';
import { downloadFileProblems } from '../../lib/content/downloads/consistency';
import { checkFrontmatter, type FrontmatterProblem, type ValueChecks } from '../../lib/content/frontmatter';
import { CONTENT_LIMITS, sizeProblem } from '../../lib/content/limits';
import { collectionSpecs } from '../../lib/collections/schema';
import { printProblems, printWarnings } from '../../lib/check/report';
import { readContentTree } from '../../lib/check/tree';
import { isTablerIcon } from '../../lib/content/icons';
import { BLOG_YEARS, isContentFile, parseBlogFileName, routeForSourcePath, siteRoutes } from '../../lib/content/routes';
import { CONTENT_DIR } from '../../lib/content/source';
import { readYaml, splitFrontmatter } from '../../lib/content/yaml';
import { readManifest } from '../../lib/sync/upstream';
import { ASSET_FILE } from '../../lib/content/upstream-files';
import { splitVersionedSlug, upstreamLocation, versionedSections } from '../../lib/content/versions';
import { siteConfig } from '../../site.config';
import { pruneOldBodies } from '../../lib/markdown/body-cache';
import { checkBodiesWithBudget } from '../../lib/check/check-pool';
import { listingIds } from '../../lib/markdown/rules';
import { loadRedirects } from '../../lib/content/redirects';

const started = Date.now();
const collections = collectionSpecs();

/** A path under public/, as images in content and data are referenced. */
const publicFile = (value: unknown) =>
  typeof value === 'string' && value.startsWith('/') && existsSync(path.join('public', value))
    ? null
    : `${JSON.stringify(value)} is not a file under public/ (write it as /assets/…)`;

const valueChecks: ValueChecks = {
  logo: publicFile,
  logo_dark: publicFile,
  nav_icon: (value) =>
    typeof value === 'string' && isTablerIcon(value)
      ? null
      : `${JSON.stringify(value)} is not a @tabler/icons-react icon (kebab-case names, e.g. "book", "flask"; see https://tabler.io/icons)`,
};

// Before anything is read: links, special files and bad names are refused, never followed.
const tree = readContentTree();
const files = tree.files;
const relative = (file: string) => path.relative(CONTENT_DIR, file).split(path.sep).join('/');

/** Files of a versioned section must sit in the folder of a version the site config knows. */
function versionProblems(file: string): FrontmatterProblem[] {
  const [area, first, second] = relative(file).split('/');
  const section = versionedSections().find((s) => area === 'docs' && s.section === first);
  if (!section || section.versions.some((v) => v.id === second)) return [];
  return [
    {
      file,
      line: 1,
      column: 1,
      message: `docs/${first}/ holds the docs npm run sync-docs brings from ${section.source.repository}; edit them there, or in upstream/fallback/${first}/ for the offline copy`,
    },
  ];
}

/** Blog posts: the name gives the URL date; `created_at`, when present, must agree with it. */
function blogProblems(file: string, text: string): FrontmatterProblem[] {
  if (!relative(file).startsWith('blog/')) return [];
  const parsed = parseBlogFileName(path.basename(file));
  const dated = /^(\d{4})-(\d{2})-(\d{2})-./.exec(path.basename(file));
  if (!parsed && dated) {
    return [
      {
        file,
        line: 1,
        column: 1,
        message: `${dated.slice(1).join('-')} in the file name is not a calendar date between ${BLOG_YEARS.first} and ${BLOG_YEARS.last}: it is the post's date and URL`,
      },
    ];
  }
  if (!parsed)
    return [
      {
        file,
        line: 1,
        column: 1,
        message: 'Blog file names must look like YYYY-MM-DD-slug.md (the date is the URL: /blog/YYYY/MM/DD/slug/)',
      },
    ];
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('created_at:'));
  const value =
    line === -1
      ? ''
      : lines[line]
          .replace(/^created_at:\s*/, '')
          .replace(/["']/g, '')
          .trim();
  const date = `${parsed.year}-${parsed.month}-${parsed.day}`;
  if (value && !value.startsWith(date))
    return [{ file, line: line + 1, column: 13, message: `created_at (${value}) does not match the date in the file name (${date})` }];
  return [];
}

type Body = { file: string; url?: string; raw: string; offset: number; format: 'md' | 'mdx' };

/** The frontmatter fields that decide routes (draft, tags); a file whose frontmatter is bad has its problems reported above. */
function routeFields(text: string): { draft?: boolean; tags?: string[] } {
  const frontmatter = splitFrontmatter(text);
  if (!frontmatter || frontmatter.problem) return {};
  try {
    const data = readYaml(frontmatter.yaml);
    if (typeof data !== 'object' || data === null) return {};
    const { draft, tags } = data as Record<string, unknown>;
    return { draft: draft === true, tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : undefined };
  } catch {
    return {};
  }
}

function bodyOf(file: string, text: string): Body {
  const head = splitFrontmatter(text)?.head ?? '';
  let url: string | undefined;
  try {
    url = routeForSourcePath(relative(file));
  } catch {
    // Reported by the file-name checks.
  }
  return { file, url, raw: text.slice(head.length), offset: head.split('\n').length - 1, format: file.endsWith('.mdx') ? 'mdx' : 'md' };
}

const problems: FrontmatterProblem[] = [...tree.problems];
// A file over the size limit is not even read; nesting limits are the pipeline's, before it parses.
const texts = new Map<string, string>();
// Images beside the Markdown are served as they are (scripts/build/content.ts copies them), not read.
const assets = new Set(files.filter((file) => ASSET_FILE.test(file)).map(relative));
for (const file of files.filter((f) => !assets.has(relative(f)))) {
  const bytes = statSync(file).size;
  if (bytes > CONTENT_LIMITS.fileBytes) problems.push({ file, line: 1, column: 1, message: sizeProblem(bytes) });
  else texts.set(file, readFileSync(file, 'utf8'));
}
const readable = files.filter((file) => texts.has(file));
problems.push(
  ...readable.flatMap((file) => {
    const text = texts.get(file) ?? '';
    // An SVG can carry scripts and would be served from the site's own origin (ASSET_FILE).
    if (/\.svg$/i.test(file))
      return [
        {
          file,
          line: 1,
          column: 1,
          message:
            'SVG files are not served from content/ (an SVG can run scripts): export the drawing as PNG or WebP beside the Markdown, or add it to public/assets/ in a reviewed change',
        },
      ];
    return [...versionProblems(file), ...blogProblems(file, text), ...checkFrontmatter(file, text, collections, valueChecks)];
  }),
);

// Bodies: through the site's pipeline, into the body cache the build reads; links and ids are kept for the link check.
pruneOldBodies();
const bodies = readable.filter(isContentFile).map((file) => bodyOf(file, texts.get(file) ?? ''));
const results = await checkBodiesWithBudget(
  bodies.map((body) => ({ raw: body.raw, format: body.format, sourceFilePath: relative(body.file) })),
);
const checked = bodies.map((body, i) => ({ body, result: results[i] }));
/** Problems that do not stop the build: links to moved URLs, and what follows synced docs. */
const warnings: FrontmatterProblem[] = [];
/** Whether a site path is in a docs section synced from another repository (it follows the lock). */
const inSyncedSection = (pathname: string) =>
  versionedSections().some((s) => s.mode === 'synced' && pathname.startsWith(`/docs/${s.section}/`));
for (const { body, result } of checked) {
  for (const p of result.problems)
    problems.push({ file: body.file, line: (p.line ?? 1) + (p.line ? body.offset : 0), column: p.column ?? 1, message: p.reason });
  for (const w of result.warnings)
    warnings.push({ file: body.file, line: (w.line ?? 1) + (w.line ? body.offset : 0), column: w.column ?? 1, message: w.reason });
}

// A page made by two files.
const owners = new Map<string, string[]>();
for (const body of bodies) if (body.url) owners.set(body.url, [...(owners.get(body.url) ?? []), body.file]);
for (const [url, owning] of owners) {
  if (owning.length > 1)
    for (const file of owning)
      problems.push({ file, line: 1, column: 1, message: `Two files make the page ${url}: ${owning.join(' and ')}; rename or remove one` });
}
const idsByUrl = new Map<string, Set<string>>();
for (const { body, result } of checked) if (body.url) idsByUrl.set(body.url, new Set(result.ids.map((i) => i.id)));
// Pages that list data beside their content: a content id equal to a listing's anchor would take it.
const slugs = (folder: string) =>
  files.filter((f) => path.dirname(relative(f)) === folder).map((f) => path.basename(f).replace(/\.ya?ml$/, ''));
const dataSlugs = { downloads: slugs('downloads'), support: slugs('support') };
for (const { body, result } of checked) {
  const taken = new Set(body.url ? listingIds(body.url, dataSlugs) : []);
  for (const { id, line, column } of result.ids) {
    if (taken.has(id))
      problems.push({
        file: body.file,
        line: (line ?? 1) + body.offset,
        column: column ?? 1,
        message: `The id "${id}" is an anchor of the listing on ${body.url}: rename the heading or the id`,
      });
  }
}
// Links may target the listings' anchors too (`/download/#node_exporter`).
for (const url of ['/download/', '/support-training/']) {
  const ids = idsByUrl.get(url);
  if (ids) for (const id of listingIds(url, dataSlugs)) ids.add(id);
}
// Every page the build makes, from the same route table the pages and the sitemap read.
const routeSources = readable
  .filter(isContentFile)
  .map((file) => ({ sourceFilePath: relative(file), ...routeFields(texts.get(file) ?? '') }));
const routes = new Set(siteRoutes(routeSources).map((route) => route.url));
// The latest version also answers at its number, with the same ids.
for (const [url, ids] of [...idsByUrl]) {
  const versioned = splitVersionedSlug(url.replace(/^\/docs\/|\/$/g, ''));
  if (versioned?.version.latest)
    idsByUrl.set(
      url.replace(`/docs/${versioned.section.section}/latest/`, `/docs/${versioned.section.section}/${versioned.version.id}/`),
      ids,
    );
}

for (const { body, result } of checked) {
  for (const link of result.links) {
    const at = { file: body.file, line: (link.line ?? 1) + body.offset, column: link.column ?? 1 };
    if (/\.mdx?(#|$)/.test(link.href)) {
      problems.push({
        ...at,
        message: `Link to ${link.href}: no content file there (relative links name a file in content/, e.g. ../concepts/data_model.md)`,
      });
      continue;
    }
    const url = new URL(link.href, `https://site${body.url ?? '/'}`);
    const pathname = decodeURIComponent(url.pathname);
    // A draft is not built, but its links to its own headings are checked like any page's.
    const page = pathname === body.url || routes.has(pathname) ? pathname : routes.has(`${pathname}/`) ? `${pathname}/` : undefined;
    const id = decodeURIComponent(url.hash.slice(1));
    // Synced docs change with the lock: a link into them that breaks warns instead of failing;
    // one the site made (lib/markdown/reference-links.ts) is the site's to fix, and always fails.
    const report = inSyncedSection(pathname) && !link.made ? warnings : problems;
    const made = link.made
      ? ` (made from ${link.made === 'promql' ? 'a PromQL example' : 'a configuration example'} by lib/markdown/reference-links.ts)`
      : '';
    if (page) {
      const ids = idsByUrl.get(page);
      if (id && ids && !ids.has(id))
        report.push({ ...at, message: `Link to ${page}#${id}${made}: that page has no heading or element with id "${id}"` });
    } else if (assets.has(pathname.slice(1))) {
      continue;
    } else if (!existsSync(path.join('public', pathname)) || statSync(path.join('public', pathname)).isDirectory()) {
      report.push({ ...at, message: `Link to ${link.href}${made}: no page or file in public/ has that path` });
    }
  }
}

// Redirects: each target must be a page, and an old path must not also be a page.
const redirectsFile = path.join(CONTENT_DIR, 'redirects.yaml');
if (existsSync(redirectsFile)) {
  const lines = (texts.get(redirectsFile) ?? '').split('\n');
  for (const { from, to } of loadRedirects(redirectsFile)) {
    const line = lines.findIndex((l) => l.includes(`from: ${from}`)) + 1 || 1;
    const at = { file: redirectsFile, line, column: Math.max(1, lines[line - 1]?.indexOf('to:') + 1) };
    const target = new URL(to, 'https://site').pathname;
    if (!routes.has(target)) {
      // Synced docs change with the lock: a page gone upstream makes a warning, not a broken build.
      (inSyncedSection(target) ? warnings : problems).push({ ...at, message: `Redirect from ${from} to ${to}: no page has that path` });
    }
    if (routes.has(from))
      problems.push({ ...at, column: 1, message: `Redirect from ${from}: a page still has that path; remove the redirect or the page` });
    if (!/^\/.*\/$/.test(from)) problems.push({ ...at, column: 1, message: `Redirect from ${from}: old paths start and end with "/"` });
  }
}

// The download page's newest releases and the docs' latest versions must be the same release line.
// Committed snapshot and fallback must agree; releases fetched at build newer than the lock warn to update it.
const downloadFiles = readable
  .filter((file) => relative(file).startsWith('downloads/'))
  .map((file) => ({ file, text: texts.get(file) ?? '' }));
const releaseProblems = downloadFileProblems(downloadFiles, versionedSections(), path.join(CONTENT_DIR, 'downloads'));
(versionedSections().some((s) => s.mode === 'synced') ? warnings : problems).push(...releaseProblems);

// Synced docs are edited in their own repositories: their problems are warnings that name the file there.
const manifest = readManifest(siteConfig.docsSources);
const synced = (p: FrontmatterProblem) => upstreamLocation(relative(p.file))?.section.mode === 'synced';
warnings.push(...problems.filter(synced), ...manifest.notes);
problems.splice(0, problems.length, ...problems.filter((p) => !synced(p)));
printWarnings(warnings, (file) => upstreamLocation(relative(file)));
printProblems(problems, texts);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(
    `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s) (${seconds} s).`,
  );
  process.exit(1);
}
console.log(
  `Checked ${files.length} content files: fields, ${bodies.length} bodies, links and anchors, in ${seconds} s${warnings.length ? `; ${warnings.length} warning(s)` : ''}.`,
);
console.log(announcementSchedule());
