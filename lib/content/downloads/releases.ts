import { compareVersions } from '../versions';

/** What the download helpers need of a component (contentlayer's Component). */
export type ReleaseFile = { name: string; os: string; arch: string; size?: number; sha256?: string };
export type ComponentRelease = { version: string; date?: string; lts: boolean; prerelease: boolean; files: ReleaseFile[] };
export type ComponentData = { name: string; repo: string; description: string; slug: string; releases: ComponentRelease[] };

/** `3.5.0-rc.1` → `3.5.0` and `rc.1`; the pre-release is undefined when there is none. */
function splitPrerelease(version: string): [core: string, pre: string | undefined] {
  const parts = version.split(/-(.*)/);
  return [parts[0], parts.at(1)];
}

/** `3.5.0-rc.1` after `3.5.0-rc.0` and before `3.5.0`, as in semver; numbers compare as numbers. */
export function compareReleaseVersions(a: string, b: string): number {
  const [coreA, preA] = splitPrerelease(a);
  const [coreB, preB] = splitPrerelease(b);
  const core = compareVersions(coreA, coreB);
  if (core || preA === preB) return core;
  if (preA === undefined || preB === undefined) return preA === undefined ? 1 : -1;
  return preA.localeCompare(preB, 'en', { numeric: true });
}

function newestFirst(releases: readonly ComponentRelease[]): ComponentRelease[] {
  return [...releases].sort((a, b) => compareReleaseVersions(b.version, a.version));
}

/** The newest release that is not a pre-release. */
export function latestRelease(component: Pick<ComponentData, 'releases'>): ComponentRelease | undefined {
  return newestFirst(component.releases).find((release) => !release.prerelease);
}

/** The newest long-term-support release, when it is not the latest itself. */
export function ltsRelease(component: ComponentData): ComponentRelease | undefined {
  const latest = latestRelease(component);
  return newestFirst(component.releases).find((release) => release.lts && !release.prerelease && release !== latest);
}

export function downloadUrl(repo: string, version: string, file: string): string {
  return `https://github.com/${repo}/releases/download/v${version}/${file}`;
}

export function releaseNotesUrl(repo: string, version: string): string {
  return `https://github.com/${repo}/releases/tag/v${version}`;
}

/** `prometheus-3.5.0.linux-amd64.tar.gz` → linux / amd64; null for checksums and other assets. */
export function parseAssetName(name: string): { os: string; arch: string } | null {
  const match = /\.([a-z0-9]+)-([a-z0-9]+)\.(tar\.gz|zip)$/.exec(name);
  return match ? { os: match[1], arch: match[2] } : null;
}

/** `sha256sums.txt` lines (`<hex>  <file>`) → file name → checksum. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(\S+)$/.exec(line.trim());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

/**
 * Replaces releases with what GitHub reports, keeping what only we know (the LTS flag), and
 * keeping older releases GitHub no longer lists in its first page.
 */
export function mergeReleases(existing: readonly ComponentRelease[], fetched: readonly ComponentRelease[]): ComponentRelease[] {
  const lts = new Set(existing.filter((r) => r.lts).map((r) => r.version));
  const byVersion = new Map(existing.map((r) => [r.version, r]));
  for (const release of fetched) byVersion.set(release.version, { ...release, lts: lts.has(release.version) });
  return newestFirst([...byVersion.values()]);
}

/** The machine-readable /download.json: each component's latest and LTS release with file URLs. */
export function downloadsJson(components: readonly ComponentData[]) {
  const describe = (component: ComponentData, release: ComponentRelease | undefined) =>
    release && {
      version: release.version,
      ...(release.date ? { date: release.date.slice(0, 10) } : {}),
      lts: release.lts,
      prerelease: release.prerelease,
      release_notes: releaseNotesUrl(component.repo, release.version),
      files: release.files.map(({ name, os, arch, size, sha256 }) => ({
        name,
        os,
        arch,
        ...(size ? { size } : {}),
        ...(sha256 ? { sha256 } : {}),
        url: downloadUrl(component.repo, release.version, name),
      })),
    };
  return {
    components: components.map((component) => ({
      name: component.name,
      repo: `https://github.com/${component.repo}`,
      description: component.description,
      latest: describe(component, latestRelease(component)) ?? null,
      lts: describe(component, ltsRelease(component)) ?? null,
    })),
  };
}
