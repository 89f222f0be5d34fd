import { siteConfig, type SiteConfig } from '../../site.config';

export type VersionInfo = { id: string; lts: boolean; prerelease: boolean; latest: boolean };
export type VersionedSection = { section: string; product: string; latest: string; versions: VersionInfo[] };

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

export function versionedSections(config: Pick<SiteConfig, 'versionedDocs'> = siteConfig): VersionedSection[] {
  return config.versionedDocs.map((entry) => ({
    section: entry.section,
    product: entry.product,
    latest: entry.latest,
    versions: entry.versions
      .map((v) => ({ id: v.id, lts: v.lts ?? false, prerelease: v.prerelease ?? false, latest: v.id === entry.latest }))
      .sort((a, b) => compareVersions(b.id, a.id)),
  }));
}

/** Where a docs slug (path below /docs/) sits in a versioned section, if it does. */
export type VersionedPath = { section: VersionedSection; version: VersionInfo; rest: string };

/**
 * Splits `prometheus/3.5/configuration` into section, version and `configuration`;
 * `latest` stands for the latest version. Null for unversioned paths.
 */
export function splitVersionedSlug(slug: string, sections: VersionedSection[] = versionedSections()): VersionedPath | null {
  const [first, second, ...rest] = slug.split('/');
  const section = sections.find((s) => s.section === first);
  if (!section || second === undefined) return null;
  const id = second === LATEST ? section.latest : second;
  const version = section.versions.find((v) => v.id === id);
  return version ? { section, version, rest: rest.join('/') } : null;
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
