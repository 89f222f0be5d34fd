// The download page and the versioned docs both tell readers which release is current: they must
// name the same release line, or the site contradicts itself.
import { isMap, isScalar, isSeq, LineCounter } from 'yaml';
import { readYamlDocument } from '../yaml';
import { compareVersions, type VersionedSection } from '../versions';
import { latestRelease, type ComponentData, type ComponentRelease } from './releases';

/** Which docs section documents which component's releases; a section the site lacks is skipped. */
const DOCUMENTED: readonly { repo: string; section: string }[] = [
  { repo: 'prometheus/prometheus', section: 'prometheus' },
  { repo: 'prometheus/alertmanager', section: 'alerting' },
];

export type ReleaseComponent = Pick<ComponentData, 'name' | 'repo' | 'releases'>;
/** `version` is the release the problem is about, when there is one. */
export type ConsistencyProblem = { repo: string; version?: string; message: string };
export type FileProblem = { file: string; line: number; column: number; message: string };
/** What the check needs of a docs section (lib/content/versions.ts). */
export type DocsSection = Pick<VersionedSection, 'section' | 'product' | 'latest'>;

/** `3.14.1` → `3.14`: docs are versioned by minor release. */
const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');

/** Each documented component's newest stable release against its docs section's latest version. */
export function releaseDocsProblems(components: readonly ReleaseComponent[], sections: readonly DocsSection[]): ConsistencyProblem[] {
  return DOCUMENTED.flatMap(({ repo, section: id }): ConsistencyProblem[] => {
    const section = sections.find((s) => s.section === id);
    if (!section) return [];
    const component = components.find((c) => c.repo === repo);
    if (!component) return [{ repo, message: `The docs' latest ${section.product} version is ${section.latest} but no file in content/downloads/ has repo ${repo}, so the download page does not offer it` }];
    const latest = latestRelease(component);
    if (!latest) return [{ repo, message: `${component.name} has no release that is not a pre-release but the docs' latest version is ${section.latest}: run npm run update-downloads` }];
    const order = compareVersions(minorOf(latest.version), section.latest);
    if (order === 0) return [];
    const fix = order > 0 ? 'the docs are behind, run npm run sync-docs -- --update' : 'the download data is behind, run npm run update-downloads';
    return [{ repo, version: latest.version, message: `The download page's newest ${component.name} release is ${latest.version} but the docs' latest version is ${section.latest}: ${fix}` }];
  });
}

/** A component file's name, repo and releases, and where each release's version is written. */
function readComponent(text: string) {
  const lineCounter = new LineCounter();
  const document = readYamlDocument(text, lineCounter);
  const name = document.get('name');
  const repo = document.get('repo');
  const releases = document.get('releases');
  // Broken files are reported by the schema check; here they are left out.
  if (document.errors.length || typeof name !== 'string' || typeof repo !== 'string') return null;
  const positions = new Map<string, { line: number; col: number }>();
  const list: ComponentRelease[] = [];
  for (const item of isSeq(releases) ? releases.items : []) {
    const version = isMap(item) ? item.get('version', true) : undefined;
    if (!isMap(item) || !isScalar(version) || typeof version.value !== 'string') continue;
    list.push({ version: version.value, lts: item.get('lts') === true, prerelease: item.get('prerelease') === true, files: [] });
    if (version.range) positions.set(version.value, lineCounter.linePos(version.range[0]));
  }
  return { component: { name, repo, releases: list }, positions };
}

/** The same check on the files of `dir`, each problem at the version of the release it names. */
export function downloadFileProblems(files: readonly { file: string; text: string }[], sections: readonly DocsSection[], dir: string): FileProblem[] {
  const read = files.flatMap(({ file, text }) => {
    const component = readComponent(text);
    return component ? [{ file, ...component }] : [];
  });
  return releaseDocsProblems(
    read.map((r) => r.component),
    sections,
  ).map(({ repo, version, message }) => {
    const owner = read.find((r) => r.component.repo === repo);
    const at = version === undefined ? undefined : owner?.positions.get(version);
    return { file: owner?.file ?? dir, line: at?.line ?? 1, column: at?.col ?? 1, message };
  });
}
