// The definitions alone: contentlayer2/source-files loads all of contentlayer (8 s under load),
// which the check, sync-docs and the editor's guide read this file without needing.
import { defineDocumentType, defineNestedType, type ComputedFields } from 'contentlayer2/source-files/schema';
import type { LocalDocument, makeSource } from 'contentlayer2/source-files';
import type { Processor } from 'unified';
import { readingMinutes } from './lib/markdown/reading-time';
import { routeForSourcePath, docSlugSegments, parseBlogFileName } from './lib/content/routes';
import { lastCommitDates } from './lib/sync/git';
import { bodyLineOffset, CONTENT_DIR } from './lib/content/source';

/**
 * Longest text, in characters, a field may hold (the check enforces it): titles go into the nav of
 * every docs page, social cards and feeds, so one oversized value costs every page. Other text
 * fields may hold TEXT_LIMIT_DEFAULT.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: 120,
  nav_title: 40,
  description: 300,
  author_name: 80,
  kind: 40,
  name: 80,
  tags: 40,
};
export const TEXT_LIMIT_DEFAULT = 500;

function formatOf(doc: LocalDocument): 'md' | 'mdx' {
  return doc._raw.sourceFileName.endsWith('.mdx') ? 'mdx' : 'md';
}

/** The Markdown body; contentlayer types documents loosely, so check it once here. */
function bodyOf(doc: LocalDocument): string {
  const body: unknown = doc.body;
  const raw = typeof body === 'object' && body !== null && 'raw' in body ? body.raw : undefined;
  if (typeof raw !== 'string') throw new Error(`content/${doc._raw.sourceFilePath}: no body`);
  return raw;
}

/** The body through the site's one pipeline: `npm run check` has usually left it in the cache. */
async function processed(doc: LocalDocument) {
  // Loaded when a field is computed, not when the definitions are read (by the check, which has no use for it).
  const { processBody } = await import('./lib/markdown/pipeline');
  return processBody({ raw: bodyOf(doc), format: formatOf(doc), sourceFilePath: doc._raw.sourceFilePath });
}

/** The description, else the excerpt's text: for meta descriptions and feeds. */
async function summaryOf(doc: LocalDocument): Promise<string> {
  const description: unknown = doc.description;
  if (typeof description === 'string' && description) return description;
  return (await processed(doc)).excerpt?.text ?? '';
}

/** Fields every collection computes the same way. */
const commonComputed = {
  url: {
    type: 'string',
    description: 'Site URL of the page, with leading and trailing slash.',
    resolve: (doc) => routeForSourcePath(doc._raw.sourceFilePath),
  },
  // Computed enum and json fields generate invalid types, so these are strings.
  format: { type: 'string', description: 'How the body is compiled: `md` (Markdown) or `mdx`.', resolve: formatOf },
  toc: {
    type: 'string',
    description: 'h2/h3 headings with their ids: a JSON TocEntry[]; read it with parseToc().',
    resolve: async (doc) => JSON.stringify((await processed(doc)).toc),
  },
  lastUpdated: {
    type: 'string',
    description: 'ISO date of the last commit that changed the file; empty without full git history.',
    resolve: (doc) => lastCommitDates(CONTENT_DIR).get(`${CONTENT_DIR}/${doc._raw.sourceFilePath}`) ?? '',
  },
  summary: {
    type: 'string',
    description: 'Plain text for meta descriptions and feeds: the description, else the excerpt or first paragraph.',
    resolve: summaryOf,
  },
  bodyLineOffset: {
    type: 'number',
    description: 'Lines before the body (frontmatter), for error positions.',
    resolve: (doc) => bodyLineOffset(doc._raw.sourceFilePath, bodyOf(doc)),
  },
} satisfies ComputedFields;

export const Doc = defineDocumentType(() => ({
  name: 'Doc',
  filePathPattern: 'docs/**/*.{md,mdx}',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true, description: 'Page title: the h1, the <title> and the default nav label.' },
    nav_title: { type: 'string', description: 'Shorter label for the navigation, when the title is long.' },
    sort_rank: { type: 'number', description: 'Position among its siblings in the navigation; lower comes first.' },
    nav_icon: { type: 'string', description: 'Tabler icon name (kebab-case, e.g. `flask`) shown beside a section in the nav.' },
    hide_in_nav: { type: 'boolean', default: false, description: 'Keep the page out of the navigation; its URL still works.' },
    description: { type: 'string', description: 'One-sentence summary for search results, link previews and section indexes.' },
    author: {
      type: 'list',
      of: defineNestedType(() => ({
        name: 'DocAuthor',
        fields: {
          name: { type: 'string', required: true, description: 'Full name, as shown under the title.' },
          ins: { type: 'string', description: 'Initials and surname, e.g. `R. Hartmann`, as specifications cite authors.' },
          role: { type: 'string', description: 'Part in the document when not simply author, e.g. `editor`; shown after the name.' },
          organization: { type: 'string', description: 'Employer or affiliation, shown after the name.' },
          email: { type: 'string', description: 'Contact address; kept in the source, not shown on the page.' },
        },
      })),
      description:
        'Authors of a specification, shown under the title: a list of `- name: …` entries with optional ins, role, organization and email.',
    },
  },
  computedFields: {
    ...commonComputed,
    slug: {
      type: 'string',
      description: 'Path below /docs/, e.g. `concepts/data_model`; empty for /docs/ itself.',
      resolve: (doc) => docSlugSegments(doc._raw.sourceFilePath).join('/'),
    },
  },
}));

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'blog/*.{md,mdx}',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true, description: 'Post title.' },
    created_at: { type: 'date', description: 'Publication date; must match the date in the file name.' },
    author_name: { type: 'string', description: 'Who wrote the post, as shown under the title.' },
    kind: { type: 'string', description: 'What sort of post it is, e.g. `release`, `community`, `interview`.' },
    description: { type: 'string', description: 'Summary for link previews; else the excerpt is used.' },
    draft: { type: 'boolean', default: false, description: 'Drafts are built in development only.' },
    tags: { type: 'list', of: { type: 'string' }, default: [], description: 'Topics, each with its own page under /blog/tags/.' },
  },
  computedFields: {
    ...commonComputed,
    slug: {
      type: 'string',
      description: 'The part of the file name after the date.',
      resolve: (doc) => parseBlogFileName(doc._raw.sourceFileName)?.slug ?? '',
    },
    readingMinutes: {
      type: 'number',
      description: 'Estimated reading time in minutes.',
      resolve: async (doc) => readingMinutes((await processed(doc)).text),
    },
    date: {
      type: 'string',
      description: 'Publication date (YYYY-MM-DD) from the file name.',
      resolve: (doc) => {
        const parsed = parseBlogFileName(doc._raw.sourceFileName);
        if (!parsed) throw new Error(`content/${doc._raw.sourceFilePath}: blog file names must look like YYYY-MM-DD-slug.md`);
        return `${parsed.year}-${parsed.month}-${parsed.day}`;
      },
    },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.{md,mdx}',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true, description: 'Page title: the h1 and the <title>.' },
    description: { type: 'string', description: 'One-sentence summary for search results and link previews.' },
  },
  computedFields: {
    ...commonComputed,
    slug: {
      type: 'string',
      description: 'Path of the page without slashes, e.g. `community`.',
      resolve: (doc) => doc._raw.sourceFilePath.replace(/^pages\//, '').replace(/\.mdx?$/, ''),
    },
  },
}));

/** What a provider offers, as shown in its listing. */
export const PROVIDER_OFFERS = ['support', 'consulting', 'training', 'managed-service'] as const;

export const Provider = defineDocumentType(() => ({
  name: 'Provider',
  filePathPattern: 'support/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true, description: 'Company or service name, as listed.' },
    url: { type: 'string', required: true, description: 'Their page about Prometheus support, training or service.' },
    description: { type: 'string', required: true, description: 'One or two factual sentences in our words; no superlatives.' },
    offers: {
      type: 'list',
      of: { type: 'enum', options: PROVIDER_OFFERS },
      required: true,
      description: 'Any of support, consulting, training, managed-service.',
    },
    logo: {
      type: 'string',
      description: 'Logo for light backgrounds, a path under public/ (e.g. /assets/providers/x.svg); without one the name is shown.',
    },
    logo_dark: { type: 'string', description: 'Logo variant for dark backgrounds; defaults to `logo`.' },
  },
  computedFields: {
    slug: {
      type: 'string',
      description: 'File name without extension: the listing order and anchor.',
      resolve: (doc) => doc._raw.sourceFileName.replace(/\.ya?ml$/, ''),
    },
  },
}));

const DownloadFile = defineNestedType(() => ({
  name: 'DownloadFile',
  fields: {
    name: {
      type: 'string',
      required: true,
      description: 'File name as published on the GitHub release, e.g. prometheus-3.5.0.linux-amd64.tar.gz.',
    },
    os: { type: 'string', required: true, description: 'Operating system as in the file name: linux, darwin, windows, freebsd, …' },
    arch: { type: 'string', required: true, description: 'Architecture as in the file name: amd64, arm64, armv7, 386, …' },
    size: { type: 'number', description: 'Size in bytes; only from the release itself (fetched at build, or npm run update-downloads).' },
    sha256: { type: 'string', description: "SHA-256 from the release's sha256sums.txt; never typed by hand." },
  },
}));

const Release = defineNestedType(() => ({
  name: 'Release',
  fields: {
    version: { type: 'string', required: true, description: 'Version without the v, e.g. 3.5.0.' },
    date: { type: 'date', description: 'Publication date of the GitHub release, when known.' },
    lts: { type: 'boolean', default: false, description: 'A long-term-support release.' },
    prerelease: { type: 'boolean', default: false, description: 'A release candidate or other pre-release.' },
    files: {
      type: 'list',
      of: DownloadFile,
      default: [],
      description: 'Downloadable archives; filled from the release at build, or by npm run update-downloads.',
    },
  },
}));

export const Component = defineDocumentType(() => ({
  name: 'Component',
  filePathPattern: 'downloads/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true, description: 'Component name as shown, e.g. Prometheus, node_exporter.' },
    repo: { type: 'string', required: true, description: 'GitHub repository, owner/name; release and download URLs derive from it.' },
    description: { type: 'string', required: true, description: 'What the component does, one sentence.' },
    sort_rank: { type: 'number', description: 'Position on the download page; lower first.' },
    releases: { type: 'list', of: Release, default: [], description: 'Releases, newest first.' },
  },
  computedFields: {
    slug: {
      type: 'string',
      description: 'File name without extension: the anchor on /download/.',
      resolve: (doc) => doc._raw.sourceFileName.replace(/\.ya?ml$/, ''),
    },
  },
}));

const Redirect = defineNestedType(() => ({
  name: 'Redirect',
  fields: {
    from: { type: 'string', required: true, description: 'Old path, with leading and trailing slash, that no page uses any more.' },
    to: { type: 'string', required: true, description: 'Path of an existing page (checked), optionally with #anchor.' },
  },
}));

export const Redirects = defineDocumentType(() => ({
  name: 'Redirects',
  filePathPattern: 'redirects.yaml',
  isSingleton: true,
  contentType: 'data',
  fields: {
    redirects: {
      type: 'list',
      of: Redirect,
      required: true,
      description: 'Old paths and where they moved: HTTP 301s on Vercel, redirect pages elsewhere.',
    },
  },
}));

/**
 * Leaves contentlayer's `body.html` empty: pages render `body.raw` (lib/markdown/render.tsx), and
 * making HTML nobody reads took a tenth of contentlayer's time and half of the generated data.
 */
function skipHtml(builder: Processor) {
  builder.use(function emptyHtml(this: Processor) {
    this.parser = () => ({ type: 'root', children: [] });
    this.compiler = () => '';
  });
}

/** The source plugin contentlayer calls: contentlayer itself is loaded only then. */
const source: ReturnType<typeof makeSource> = async (sourceKey) =>
  (await import('contentlayer2/source-files')).makeSource({
    contentDirPath: CONTENT_DIR,
    documentTypes: [Doc, Post, Page, Provider, Component, Redirects],
    // Defaults skip bad files with a warning and exit 0; a broken page must fail the build instead.
    onMissingOrIncompatibleData: 'fail',
    onExtraFieldData: 'fail',
    onUnknownDocuments: 'fail',
    disableImportAliasWarning: true,
    markdown: skipHtml,
  })(sourceKey);
export default source;
