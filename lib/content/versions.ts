import { siteConfig, type DocsSource, type SiteConfig } from '../../site.config';
import { readManifest, type DocsManifest } from '../sync/upstream';

export type VersionInfo = {
  id: string;
  lts: boolean;
  prerelease: boolean;
  latest: boolean;
  /** The release tag the docs were synced at; absent for the committed fallback. */
  tag?: string;
};
export type VersionedSection = {
  section: string;
  product: string;
  latest: string;
  versions: VersionInfo[];
  /** Where the docs come from (repository, links), from site.config.ts. */
  source: DocsSource;
  /** `synced` from the repository, or `fallback`: the committed copy in upstream/fallback/. */
  mode: 'synced' | 'fallback';
};

/** `3.10` after `3.9`: compares dotted numbers, not strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The URL segment that serves a section's latest version. */
export const LATEST = 'latest';

let cached: VersionedSection[] | undefined;

/**
 * The versioned docs sections as synced (lib/generated/docs-sources.json): versions newest first;
 * the latest is the newest that is not a pre-release.
 */
export function versionedSections(config: Pick<SiteConfig, 'docsSources'> = siteConfig, manifest?: DocsManifest): VersionedSection[] {
  if (!manifest && config === siteConfig && cached) return cached;
  const known = manifest ?? readManifest(config.docsSources);
  const sections = config.docsSources.flatMap((source) => {
    const synced = known.sections.find((s) => s.section === source.section);
    if (!synced || synced.versions.length === 0) return [];
    const versions = [...synced.versions].sort((a, b) => compareVersions(b.id, a.id));
    const latest = versions.find((v) => !v.prerelease)?.id ?? versions[0].id;
    return [
      {
        section: source.section,
        product: source.product,
        latest,
        source,
        mode: synced.mode,
        versions: versions.map((v) => ({ id: v.id, tag: v.tag, lts: source.lts.includes(v.id), prerelease: v.prerelease, latest: v.id === latest })),
      },
    ];
  });
  if (!manifest && config === siteConfig) cached = sections;
  return sections;
}

/** Where a docs slug (path below /docs/) sits in a versioned section, if it does. */
export type VersionedPath = { section: VersionedSection; version: VersionInfo; rest: string };

/**
 * Splits `prometheus/3.5/configuration` into section, version and `configuration`;
 * `latest` stands for the latest version. Null for unversioned paths.
 */
export function splitVersionedSlug(slug: string, sections: VersionedSection[] = versionedSections()): VersionedPath | null {
  const parts = slug.split('/');
  const section = sections.find((s) => s.section === parts[0]);
  const second = parts.at(1);
  if (!section || second === undefined) return null;
  const id = second === LATEST ? section.latest : second;
  const version = section.versions.find((v) => v.id === id);
  return version ? { section, version, rest: parts.slice(2).join('/') } : null;
}

/** The slug of a page in a version: the latest version's pages live under `latest`. */
export function versionedSlug(section: VersionedSection, version: VersionInfo, rest: string): string {
  return [section.section, version.latest ? LATEST : version.id, rest].filter(Boolean).join('/');
}

/** Outdated: older than the latest release (pre-releases are newer, and bannered on their own). */
export function isOutdated(version: VersionInfo, section: VersionedSection): boolean {
  return !version.prerelease && compareVersions(version.id, section.latest) < 0;
}

/** One entry of the version selector. */
export type VersionTarget = { version: VersionInfo; href: string; current: boolean; samePage: boolean };

/**
 * Where each version of the section takes a reader on `rest`: the same page when that version
 * has it, else that version's section index. `exists` answers whether a docs slug has a page.
 */
export function versionTargets(current: VersionedPath, exists: (slug: string) => boolean): VersionTarget[] {
  return current.section.versions.map((version) => {
    const same = versionedSlug(current.section, version, current.rest);
    const samePage = exists(same);
    const slug = samePage ? same : versionedSlug(current.section, version, '');
    return { version, href: `/docs/${slug}/`, current: version.id === current.version.id, samePage };
  });
}

/** A content file inside a versioned section's version folder, and where it sits in its repository. */
export type UpstreamLocation = {
  section: VersionedSection;
  version: VersionInfo;
  /** The version folder, relative to content/: `docs/prometheus/3.7`. */
  root: string;
  /** The file's path in its repository, e.g. `docs/querying/basics.md` (in upstream/fallback/ for the fallback). */
  repoPath: string;
  /** The file on the web: in the repository at its tag, or in this site's repository for the fallback. */
  webUrl: string;
  /** Where to edit it: the default branch for the latest version, the tag for older ones. */
  editUrl: string;
};

/** Where a content file (path relative to content/) comes from, when a docs source brought it. */
export function upstreamLocation(sourceFilePath: string, sections: VersionedSection[] = versionedSections()): UpstreamLocation | null {
  const [area, first, second, ...rest] = sourceFilePath.split('/');
  const section = sections.find((s) => area === 'docs' && s.section === first);
  const version = section?.versions.find((v) => v.id === second);
  if (!section || !version || rest.length === 0) return null;
  const root = `${area}/${first}/${second}`;
  const inside = rest.join('/');
  if (section.mode === 'fallback' || !version.tag) {
    // The committed fallback is this site's own file: edits go here, not upstream.
    const repoPath = `upstream/fallback/${first}/${second}/${inside}`;
    const web = `https://github.com/${siteConfig.repository.slug}/blob/${siteConfig.repository.branch}/${repoPath}`;
    return { section, version, root, repoPath, webUrl: web, editUrl: web.replace('/blob/', '/edit/') };
  }
  const repoPath = [section.source.docsFolder, inside].filter(Boolean).join('/');
  const ref = version.latest ? section.source.branch : version.tag;
  return {
    section,
    version,
    root,
    repoPath,
    webUrl: `${section.source.webUrl}/blob/${version.tag}/${repoPath}`,
    editUrl: `${section.source.webUrl}/${version.latest ? 'edit' : 'blob'}/${ref}/${repoPath}`,
  };
}
