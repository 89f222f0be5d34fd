import { describe, expect, it } from 'vitest';
import { parseTag, selectVersions } from './upstream';

const tags = (...names: string[]) => new Map(names.map((name, i) => [name, `c${i}`]));
const rule = { minorVersions: 3, lts: [] as string[], olderMajors: 1, prereleases: false };

describe('selectVersions', () => {
  it('takes the newest patch of the newest minors, numerically, and ignores other tags', () => {
    const versions = selectVersions(
      tags('v3.9.0', 'v3.10.0', 'v3.10.1', 'v3.8.2', 'v3.8.1', 'v3.7.0', 'v0.1', 'release-3.10', 'v3.11.0-rc.0'),
      { ...rule, olderMajors: 0 },
    );
    expect(versions.map((v) => [v.id, v.tag])).toEqual([
      ['3.10', 'v3.10.1'],
      ['3.9', 'v3.9.0'],
      ['3.8', 'v3.8.2'],
    ]);
    expect(versions[0].commit).toBe('c2');
  });

  it('keeps LTS minors and the newest minor of older majors', () => {
    const versions = selectVersions(
      tags('v3.5.0', 'v3.5.3', 'v3.6.0', 'v3.7.0', 'v3.8.0', 'v3.9.0', 'v2.53.1', 'v2.55.1', 'v2.54.0', 'v1.8.2'),
      { ...rule, lts: ['3.5'] },
    );
    expect(versions.map((v) => v.tag)).toEqual(['v3.9.0', 'v3.8.0', 'v3.7.0', 'v3.5.3', 'v2.55.1']);
  });

  it('adds a release candidate newer than every release only when configured', () => {
    const all = tags('v3.1.0', 'v3.2.0', 'v3.3.0-rc.0', 'v3.3.0-rc.1', 'v3.2.0-rc.0');
    expect(selectVersions(all, rule).some((v) => v.prerelease)).toBe(false);
    expect(selectVersions(all, { ...rule, prereleases: true })[0]).toMatchObject({ id: '3.3', tag: 'v3.3.0-rc.1', prerelease: true });
  });

  it('parses release tags only', () => {
    expect(parseTag('v3.10.2')).toMatchObject({ major: 3, minor: 10, patch: 2 });
    expect(parseTag('v3.10.2-rc.1')?.pre).toBe('rc.1');
    expect(parseTag('3.10.2')).toBeNull();
  });
});
