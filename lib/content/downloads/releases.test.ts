import { describe, expect, it } from 'vitest';
import { compareReleaseVersions, downloadsJson, latestRelease, ltsRelease, mergeReleases, parseAssetName, parseSha256Sums, type ComponentData } from './releases';

const component: ComponentData = {
  name: 'Prometheus',
  repo: 'prometheus/prometheus',
  description: 'The server.',
  slug: 'prometheus',
  releases: [
    { version: '3.5.0', lts: true, prerelease: false, files: [] },
    { version: '3.8.0-rc.0', lts: false, prerelease: true, files: [] },
    { version: '3.10.0', date: '2026-01-01T00:00:00.000Z', lts: false, prerelease: false, files: [{ name: 'prometheus-3.10.0.linux-amd64.tar.gz', os: 'linux', arch: 'amd64' }] },
  ],
};

describe('download releases', () => {
  it('picks the newest stable release and the newest other LTS', () => {
    expect(latestRelease(component)?.version).toBe('3.10.0');
    expect(ltsRelease(component)?.version).toBe('3.5.0');
  });

  it('orders pre-releases before their release and numbers as numbers', () => {
    const versions = ['0.28.0', '0.28.1', '0.28.1-rc.0', '0.28.1-rc.10', '0.28.1-rc.2', '0.9.0'];
    expect(versions.sort((a, b) => compareReleaseVersions(b, a))).toEqual(['0.28.1', '0.28.1-rc.10', '0.28.1-rc.2', '0.28.1-rc.0', '0.28.0', '0.9.0']);
  });

  it('parses asset names and checksum files', () => {
    expect(parseAssetName('prometheus-3.5.0.linux-armv7.tar.gz')).toEqual({ os: 'linux', arch: 'armv7' });
    expect(parseAssetName('prometheus-3.5.0.windows-amd64.zip')).toEqual({ os: 'windows', arch: 'amd64' });
    expect(parseAssetName('sha256sums.txt')).toBeNull();
    const sum = 'a'.repeat(64);
    expect(parseSha256Sums(`${sum}  prometheus-3.5.0.linux-amd64.tar.gz\nnot a line\n`).get('prometheus-3.5.0.linux-amd64.tar.gz')).toBe(sum);
  });

  it('merges fetched releases, keeping our LTS flags and older entries', () => {
    const merged = mergeReleases(component.releases, [{ version: '3.5.0', date: '2025-07-14', lts: false, prerelease: false, files: [] }]);
    expect(merged.map((r) => [r.version, r.lts])).toEqual([
      ['3.10.0', false],
      ['3.8.0-rc.0', false],
      ['3.5.0', true],
    ]);
  });

  it('describes latest and LTS with download URLs in download.json', () => {
    const json = downloadsJson([component]);
    expect(json.components[0].latest).toMatchObject({
      version: '3.10.0',
      date: '2026-01-01',
      release_notes: 'https://github.com/prometheus/prometheus/releases/tag/v3.10.0',
      files: [{ url: 'https://github.com/prometheus/prometheus/releases/download/v3.10.0/prometheus-3.10.0.linux-amd64.tar.gz' }],
    });
    expect(json.components[0].lts?.version).toBe('3.5.0');
  });
});
