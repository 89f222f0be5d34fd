/**
 * Docs synced from other repositories (site.config.ts `docsSources`): which releases get docs,
 * the lock file that pins them, and the manifest `npm run sync-docs` leaves for the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocsSource } from '../../site.config';

/** Committed: tag → commit for every synced version, so every build of a commit shows the same docs. */
export const LOCK_FILE = 'upstream/docs.lock.json';
/** Committed: docs in upstream's layout, built when a repository can be reached neither online nor in the cache. */
export const FALLBACK_DIR = 'upstream/fallback';
/** Written by sync-docs: what content/docs/<section>/ holds now, and what the sync had to say about it. */
export const MANIFEST_FILE = 'lib/generated/docs-sources.json';

/** One pinned version of a section: `3.14` at tag v3.14.2, commit …. */
export type LockedVersion = { id: string; tag: string; commit: string; prerelease: boolean };
export type DocsLock = Partial<Record<string, { repository: string; versions: LockedVersion[] }>>;

/** Something the sync changed or left out, reported by `npm run check` as a warning. */
export type SyncNote = { file: string; line: number; column: number; message: string };

export type ManifestSection = {
  section: string;
  /** `synced`: from the repository at the locked commits; `fallback`: from upstream/fallback/. */
  mode: 'synced' | 'fallback';
  versions: { id: string; tag?: string; commit?: string; prerelease: boolean }[];
};
export type DocsManifest = { sections: ManifestSection[]; notes: SyncNote[] };

/** A release tag: `v3.14.2`, `v3.15.0-rc.1`; anything else (branches of the past, `v0.1`) is not. */
const TAG = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

export type ParsedTag = { tag: string; major: number; minor: number; patch: number; pre?: string };

export function parseTag(tag: string): ParsedTag | null {
  const match = TAG.exec(tag);
  if (!match) return null;
  return { tag, major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), pre: match[4] };
}

/** Semver order for the tags this site cares about: a release sorts after its release candidates. */
function compareTags(a: ParsedTag, b: ParsedTag): number {
  const numbers = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (numbers) return numbers;
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  return a.pre.localeCompare(b.pre, 'en', { numeric: true });
}

/**
 * The versions a source's docs are served at, newest first, from the repository's tags (name →
 * commit): the newest patch of each of the `minorVersions` newest minor releases, every LTS minor,
 * the newest minor of `olderMajors` older majors, and (when configured) a release candidate newer
 * than every release.
 */
export function selectVersions(
  tags: ReadonlyMap<string, string>,
  source: Pick<DocsSource, 'minorVersions' | 'lts' | 'olderMajors' | 'prereleases'>,
): LockedVersion[] {
  const parsed = [...tags.keys()].map(parseTag).filter((t): t is ParsedTag => t !== null);
  const newestByMinor = new Map<string, ParsedTag>();
  for (const tag of parsed.filter((t) => t.pre === undefined)) {
    const id = `${tag.major}.${tag.minor}`;
    const known = newestByMinor.get(id);
    if (!known || compareTags(tag, known) > 0) newestByMinor.set(id, tag);
  }
  const releases = [...newestByMinor.values()].sort((a, b) => compareTags(b, a));
  const chosen = new Set(releases.slice(0, source.minorVersions));
  for (const tag of releases) if (source.lts.includes(`${tag.major}.${tag.minor}`)) chosen.add(tag);
  const newestMajor = releases[0]?.major ?? 0;
  for (let major = newestMajor - 1; major >= newestMajor - source.olderMajors; major--) {
    const newest = releases.find((t) => t.major === major);
    if (newest && ![...chosen].some((t) => t.major === major)) chosen.add(newest);
  }
  const versions: LockedVersion[] = [...chosen]
    .sort((a, b) => compareTags(b, a))
    .map((t) => ({ id: `${t.major}.${t.minor}`, tag: t.tag, commit: tags.get(t.tag) ?? '', prerelease: false }));
  const newestRelease = releases.at(0);
  if (source.prereleases) {
    const candidate = parsed
      .filter(
        (t) => t.pre !== undefined && (!newestRelease || compareTags(t, newestRelease) > 0) && !newestByMinor.has(`${t.major}.${t.minor}`),
      )
      .sort((a, b) => compareTags(b, a))
      .at(0);
    if (candidate)
      versions.unshift({
        id: `${candidate.major}.${candidate.minor}`,
        tag: candidate.tag,
        commit: tags.get(candidate.tag) ?? '',
        prerelease: true,
      });
  }
  return versions;
}

/** Version folders committed as the fallback of a section (upstream/fallback/<section>/<version>/). */
export function fallbackVersions(section: string, root = '.'): string[] {
  const dir = path.join(root, FALLBACK_DIR, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * What the sync left in content/docs/. Before any sync has run (unit tests, a first `tsc`) it is
 * what the fallback would give, so nothing depends on a step having run.
 */
export function readManifest(sources: readonly DocsSource[], root = '.'): DocsManifest {
  const file = path.join(root, MANIFEST_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DocsManifest;
  return {
    sections: sources.map((source) => ({
      section: source.section,
      mode: 'fallback',
      versions: fallbackVersions(source.section, root).map((id) => ({ id, prerelease: false })),
    })),
    notes: [],
  };
}
