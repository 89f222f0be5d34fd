import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionedSections } from '../versions';
import { downloadFileProblems, releaseDocsProblems, type DocsSection, type ReleaseComponent } from './consistency';

const section = (id: string, product: string, latest: string): DocsSection => ({ section: id, product, latest });

const release = (version: string, prerelease = false) => ({ version, lts: false, prerelease, files: [] });

const prometheus: ReleaseComponent = {
  name: 'Prometheus',
  repo: 'prometheus/prometheus',
  releases: [release('3.15.0-rc.0', true), release('3.14.1'), release('3.5.4'), release('3.14.0')],
};
const alertmanager: ReleaseComponent = { name: 'Alertmanager', repo: 'prometheus/alertmanager', releases: [release('0.28.1')] };

describe('download page and docs versions', () => {
  it('agree when the newest stable release is in the docs latest minor version (pre-releases and older patches ignored)', () => {
    expect(releaseDocsProblems([prometheus, alertmanager], [section('prometheus', 'Prometheus', '3.14'), section('alerting', 'Alertmanager', '0.28')])).toEqual([]);
  });

  it('names both versions and the command that fixes the side that is behind', () => {
    expect(releaseDocsProblems([prometheus], [section('prometheus', 'Prometheus', '3.13')])).toEqual([
      {
        repo: 'prometheus/prometheus',
        version: '3.14.1',
        message: "The download page's newest Prometheus release is 3.14.1 but the docs' latest version is 3.13: the docs are behind, run npm run sync-docs -- --update",
      },
    ]);
    expect(releaseDocsProblems([alertmanager], [section('alerting', 'Alertmanager', '0.29')])[0].message).toBe(
      "The download page's newest Alertmanager release is 0.28.1 but the docs' latest version is 0.29: the download data is behind, run npm run update-downloads",
    );
  });

  it('compares 3.10 after 3.9, not as text', () => {
    const ten: ReleaseComponent = { ...prometheus, releases: [release('3.10.0'), release('3.9.2')] };
    expect(releaseDocsProblems([ten], [section('prometheus', 'Prometheus', '3.10')])).toEqual([]);
    expect(releaseDocsProblems([ten], [section('prometheus', 'Prometheus', '3.1')])).toHaveLength(1);
  });

  it('skips a section the docs do not have, and reports a documented component that is missing or has no stable release', () => {
    expect(releaseDocsProblems([prometheus, alertmanager], [section('prometheus', 'Prometheus', '3.14')])).toEqual([]);
    expect(releaseDocsProblems([], [section('prometheus', 'Prometheus', '3.14')])[0].message).toContain('no file in content/downloads/ has repo prometheus/prometheus');
    const candidates: ReleaseComponent = { ...prometheus, releases: [release('3.15.0-rc.0', true)] };
    expect(releaseDocsProblems([candidates], [section('prometheus', 'Prometheus', '3.14')])[0].message).toContain('Prometheus has no release that is not a pre-release');
  });

  it('points at the version line of the newest release in the component file', () => {
    const text = 'name: Prometheus\nrepo: prometheus/prometheus\ndescription: The server.\nreleases:\n  - version: 3.5.0\n    lts: true\n  - version: 3.14.1\n    files: []\n';
    const problems = downloadFileProblems([{ file: 'content/downloads/prometheus.yaml', text }], [section('prometheus', 'Prometheus', '3.13')], 'content/downloads');
    expect(problems).toMatchObject([{ file: 'content/downloads/prometheus.yaml', line: 7, column: 14 }]);
    expect(problems[0].message).toContain('3.14.1');
  });

  it('hold for the committed data: the newest Prometheus release on /download/ is the docs latest version', () => {
    const dir = 'content/downloads';
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
    const sections = versionedSections();
    // Not vacuous: the Prometheus docs are versioned and the Prometheus component file is read.
    expect(sections.map((s) => s.section)).toContain('prometheus');
    expect(files.map((f) => f.file)).toContain(path.join(dir, 'prometheus.yaml'));
    expect(downloadFileProblems(files, sections, dir)).toEqual([]);
  });
});
