// `npm run sync-docs`: brings the docs folder of every docsSources repository (site.config.ts)
// into content/docs/<section>/<version>/ at the commits pinned in upstream/docs.lock.json, using a
// blob-less clone kept in node_modules/.cache (Vercel keeps it between builds) and a sparse
// checkout per version. `--update` first re-reads the tags and rewrites the lock. A section whose
// repository cannot be reached, online or in the cache, is built from upstream/fallback/ and the
// sync says so in one line. `--offline` (or DOCS_FALLBACK=1, as the tests build) uses the
// fallback for every section without trying.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig, type DocsSource } from '../../site.config';
import { collectionSpecs } from '../../lib/collections/schema';
import { CONTENT_DIR } from '../../lib/content/source';
import {
  FALLBACK_DIR,
  LOCK_FILE,
  MANIFEST_FILE,
  selectVersions,
  type DocsLock,
  type DocsManifest,
  type LockedVersion,
  type ManifestSection,
  type SyncNote,
} from '../../lib/sync/upstream';
import { ASSET_FILE, prepareUpstreamPage, sectionIndexFrontmatter } from '../../lib/content/upstream-files';
import { CONTENT_LIMITS, scanLimits, sizeProblem } from '../../lib/content/limits';
import { nameProblem } from '../../lib/check/tree';
import { rememberSync, syncIsCurrent } from '../../lib/sync/sync-stamp';

const args = new Set(process.argv.slice(2));
// Vercel keeps node_modules/.cache between builds; tests point DOCS_SOURCES_CACHE elsewhere.
const CACHE = process.env.DOCS_SOURCES_CACHE ?? path.join('node_modules', '.cache', 'docs-sources');
const overrides = JSON.parse(process.env.DOCS_SOURCES ?? '{}') as Record<string, string>;
const offline = args.has('--offline') || process.env.DOCS_FALLBACK === '1';
// Nothing to do when the lock, fallback, code and settings are those of the last sync and what it wrote is untouched.
const settings = JSON.stringify({ overrides, offline });
const written = [...siteConfig.docsSources.map((s) => path.join(CONTENT_DIR, 'docs', s.section)), MANIFEST_FILE];
if (!args.has('--update') && syncIsCurrent(settings, written)) {
  for (const s of (JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as DocsManifest).sections)
    console.log(`sync-docs: ${s.section}: ${s.versions.map((v) => v.tag ?? v.id).join(', ')} (${s.mode}), as the last sync left them.`);
  process.exit(0);
}
const docType = collectionSpecs().find((c) => c.name === 'Doc');
if (!docType) throw new Error('contentlayer.config.ts has no Doc type');
const doc = docType;

/** Runs git quietly; a slow or silent remote must not hang the build. */
function git(cwd: string | null, ...gitArgs: string[]): string {
  return execFileSync('git', cwd ? ['-C', cwd, ...gitArgs] : gitArgs, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_HTTP_LOW_SPEED_LIMIT: '1000', GIT_HTTP_LOW_SPEED_TIME: '20' },
  });
}

/** The first line git printed on failing, for the one-line offline message. */
function reason(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = typeof stderr === 'string' && stderr.trim() ? stderr : error instanceof Error ? error.message : String(error);
  return (
    text
      .trim()
      .split('\n')
      .find((line) => /fatal|error/i.test(line))
      ?.replace(/^fatal:\s*/, '') ?? text.trim().split('\n')[0]
  );
}

const repositoryOf = (source: DocsSource) => overrides[source.section] ?? source.repository;

/** Tag → commit, from the remote (annotated tags peeled to their commit). */
function remoteTags(source: DocsSource): Map<string, string> {
  const tags = new Map<string, string>();
  for (const line of git(null, 'ls-remote', '--tags', repositoryOf(source)).split('\n')) {
    const [commit, ref = ''] = line.split('\t');
    if (!ref.startsWith('refs/tags/')) continue;
    const name = ref.slice('refs/tags/'.length);
    if (name.endsWith('^{}')) tags.set(name.slice(0, -3), commit);
    else if (!tags.has(name)) tags.set(name, commit);
  }
  return tags;
}

/** A blob-less clone with only the docs folder checked out; fetched again only for missing commits. */
function clone(source: DocsSource, commits: string[]): string {
  const dir = path.join(CACHE, source.section);
  const has = (commit: string) => {
    try {
      git(dir, 'cat-file', '-e', `${commit}^{commit}`);
      return true;
    } catch {
      return false;
    }
  };
  if (!existsSync(path.join(dir, '.git'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    git(null, 'clone', '--quiet', '--filter=blob:none', '--no-checkout', '--sparse', repositoryOf(source), dir);
    git(dir, 'sparse-checkout', 'set', source.docsFolder);
  }
  if (!commits.every(has)) git(dir, 'fetch', '--quiet', '--filter=blob:none', '--tags', 'origin');
  const missing = commits.filter((commit) => !has(commit));
  if (missing.length)
    throw new Error(`the repository has no commit ${missing.join(', ')} (rewritten tags? run npm run sync-docs -- --update)`);
  return dir;
}

/** Copies one version's docs into content/, page by page, and returns what it had to say. */
function writeVersion(from: string, to: string, source: DocsSource): SyncNote[] {
  const notes: SyncNote[] = [];
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  let rootIndex = false;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(from, file).split(path.sep).join('/');
    const target = path.join(to, relative);
    const contentPath = path.relative('.', target).split(path.sep).join('/');
    const stats = lstatSync(file);
    if (stats.isDirectory()) continue;
    // What the content tree check or the renderer would refuse is left out here, with a note.
    const badName = relative.split('/').map(nameProblem).find(Boolean);
    const text = stats.isFile() && /\.mdx?$/.test(entry.name) && stats.size <= CONTENT_LIMITS.fileBytes ? readFileSync(file, 'utf8') : '';
    const limit = stats.size > CONTENT_LIMITS.fileBytes ? sizeProblem(stats.size) : scanLimits(text).at(0)?.message;
    if (!stats.isFile() || badName || limit) {
      notes.push({
        file: contentPath,
        line: 1,
        column: 1,
        message: `${badName ?? limit ?? 'A symbolic link or special file'}: left out (content holds real files only)`,
      });
    } else if (/\.mdx?$/.test(entry.name)) {
      const isRootIndex = /^index\.mdx?$/.test(relative);
      rootIndex ||= isRootIndex;
      const prepared = prepareUpstreamPage(text, contentPath, doc, { rootIndex: isRootIndex, source });
      notes.push(...prepared.notes);
      if (prepared.kind === 'page') {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, prepared.text);
      }
    } else if (ASSET_FILE.test(entry.name)) {
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
    }
  }
  // Every version folder is a section page, titled from the config.
  if (!rootIndex) writeFileSync(path.join(to, 'index.md'), `${sectionIndexFrontmatter(source).join('\n')}\n`);
  return notes;
}

function readLock(): DocsLock {
  return existsSync(LOCK_FILE) ? (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as DocsLock) : {};
}

const lock = readLock();
const manifest: DocsManifest = { sections: [], notes: [] };

/** Sections built from the fallback, and why: said together in one line at the end. */
const fellBack: { section: string; why: string; versions: string[] }[] = [];

function fallback(source: DocsSource, why: string): ManifestSection {
  // Whatever a sync that failed half-way wrote goes: a section is all synced or all fallback.
  rmSync(path.join(CONTENT_DIR, 'docs', source.section), { recursive: true, force: true });
  manifest.notes = manifest.notes.filter((note) => !note.file.startsWith(`${CONTENT_DIR}/docs/${source.section}/`));
  const dir = path.join(FALLBACK_DIR, source.section);
  const versions = existsSync(dir) ? readdirSync(dir).filter((name) => lstatSync(path.join(dir, name)).isDirectory()) : [];
  for (const id of versions) {
    manifest.notes.push(...writeVersion(path.join(dir, id), path.join(CONTENT_DIR, 'docs', source.section, id), source));
  }
  fellBack.push({ section: source.section, why, versions });
  return { section: source.section, mode: 'fallback', versions: versions.map((id) => ({ id, prerelease: false })) };
}

function sync(source: DocsSource): ManifestSection {
  if (offline) return fallback(source, 'no sync asked (--offline or DOCS_FALLBACK=1)');
  let versions: LockedVersion[];
  try {
    const locked = lock[source.section]?.versions;
    if (args.has('--update') || !locked?.length) {
      versions = selectVersions(remoteTags(source), source);
      lock[source.section] = { repository: source.repository, versions };
    } else versions = locked;
    const dir = clone(
      source,
      versions.map((v) => v.commit),
    );
    const written: LockedVersion[] = [];
    for (const version of versions) {
      git(dir, 'checkout', '--quiet', '--force', '--detach', version.commit);
      const from = path.join(dir, source.docsFolder);
      if (!existsSync(from)) {
        manifest.notes.push({
          file: `${source.repository}@${version.tag}`,
          line: 1,
          column: 1,
          message: `no ${source.docsFolder}/ folder at ${version.tag}: version ${version.id} left out`,
        });
        continue;
      }
      manifest.notes.push(...writeVersion(from, path.join(CONTENT_DIR, 'docs', source.section, version.id), source));
      written.push(version);
    }
    versions = written;
  } catch (error) {
    return fallback(source, `cannot sync ${repositoryOf(source)} (${reason(error)})`);
  }
  console.log(`sync-docs: ${source.section}: ${versions.map((v) => v.tag).join(', ')} from ${repositoryOf(source)}.`);
  return {
    section: source.section,
    mode: 'synced',
    versions: versions.map(({ id, tag, commit, prerelease }) => ({ id, tag, commit, prerelease })),
  };
}

for (const source of siteConfig.docsSources) {
  rmSync(path.join(CONTENT_DIR, 'docs', source.section), { recursive: true, force: true });
  manifest.sections.push(sync(source));
}
if (fellBack.length) {
  const why = [...new Set(fellBack.map((f) => f.why))].join('; ');
  const built = fellBack.map((f) => `${f.section} ${f.versions.join(', ') || '(none)'}`).join('; ');
  console.log(
    `sync-docs: ${fellBack.map((f) => f.section).join(' and ')}: ${why}; building the committed docs in ${FALLBACK_DIR}/ (${built}).`,
  );
}
mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
if (args.has('--update')) {
  writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`sync-docs: wrote ${LOCK_FILE}; commit it so every build shows these versions.`);
}
// Not after a fall back for want of a repository, nor versions picked from tags (no lock): those can change.
if (offline || (!fellBack.length && siteConfig.docsSources.every((s) => lock[s.section]?.versions.length))) rememberSync(settings, written);
