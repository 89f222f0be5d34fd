import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { resolveHref } from '../markdown/links';
import { compareVersions, isOutdated, splitVersionedSlug, upstreamLocation, versionedSections, versionTargets } from './versions';

const source = siteConfig.docsSources[0];
const sections = versionedSections(
  { docsSources: [{ ...source, lts: ['2.53', '3.5'] }] },
  {
    sections: [{ section: 'prometheus', mode: 'fallback', versions: [{ id: '2.53', prerelease: false }, { id: '3.10', prerelease: true }, { id: '3.7', prerelease: false }, { id: '3.5', prerelease: false }] }],
    notes: [],
  },
);

describe('version resolution', () => {
  it('sorts versions newest first, numerically', () => {
    expect(compareVersions('3.10', '3.9')).toBeGreaterThan(0);
    expect(sections[0].versions.map((v) => v.id)).toEqual(['3.10', '3.7', '3.5', '2.53']);
  });

  it('resolves version folders and the latest alias', () => {
    expect(splitVersionedSlug('prometheus/3.5/configuration', sections)).toMatchObject({ version: { id: '3.5', lts: true }, rest: 'configuration' });
    expect(splitVersionedSlug('prometheus/latest/configuration', sections)).toMatchObject({ version: { id: '3.7', latest: true }, rest: 'configuration' });
    expect(splitVersionedSlug('prometheus/latest', sections)).toMatchObject({ version: { id: '3.7' }, rest: '' });
    expect(splitVersionedSlug('prometheus/4.0/x', sections)).toBeNull();
    expect(splitVersionedSlug('concepts/data_model', sections)).toBeNull();
  });

  it('calls older releases outdated, but not the latest or a pre-release', () => {
    const [prerelease, latest, lts] = sections[0].versions;
    expect([prerelease, latest, lts].map((v) => isOutdated(v, sections[0]))).toEqual([false, false, true]);
  });
});

describe('version selector targets', () => {
  const pages = new Set(['prometheus/latest', 'prometheus/latest/otlp', 'prometheus/latest/configuration', 'prometheus/3.5', 'prometheus/3.5/configuration', 'prometheus/3.10', 'prometheus/2.53', 'prometheus/2.53/configuration']);
  const exists = (slug: string) => pages.has(slug);
  const split = (slug: string) => {
    const path = splitVersionedSlug(slug, sections);
    if (!path) throw new Error(`${slug} is not in a versioned section`);
    return path;
  };

  it('keeps the reader on the same page where it exists', () => {
    const current = split('prometheus/3.5/configuration');
    expect(versionTargets(current, exists).map((t) => [t.version.id, t.href, t.current])).toEqual([
      ['3.10', '/docs/prometheus/3.10/', false],
      ['3.7', '/docs/prometheus/latest/configuration/', false],
      ['3.5', '/docs/prometheus/3.5/configuration/', true],
      ['2.53', '/docs/prometheus/2.53/configuration/', false],
    ]);
  });

  it("falls back to the version's section index when the page is missing there", () => {
    const current = split('prometheus/latest/otlp');
    const targets = versionTargets(current, exists);
    expect(targets.find((t) => t.version.id === '2.53')).toMatchObject({ href: '/docs/prometheus/2.53/', samePage: false });
    expect(targets.find((t) => t.current)?.href).toBe('/docs/prometheus/latest/otlp/');
  });
});

describe('where synced docs come from', () => {
  const synced = versionedSections(siteConfig, {
    sections: [{ section: 'prometheus', mode: 'synced', versions: [{ id: '3.2', tag: 'v3.2.1', commit: 'a', prerelease: false }, { id: '3.1', tag: 'v3.1.0', commit: 'b', prerelease: false }] }],
    notes: [],
  });

  it('edits the latest version on the default branch and older ones at their tag, in the upstream repository', () => {
    expect(upstreamLocation('docs/prometheus/3.2/querying/basics.md', synced)).toMatchObject({
      repoPath: 'docs/querying/basics.md',
      webUrl: 'https://github.com/prometheus/prometheus/blob/v3.2.1/docs/querying/basics.md',
      editUrl: 'https://github.com/prometheus/prometheus/edit/main/docs/querying/basics.md',
    });
    expect(upstreamLocation('docs/prometheus/3.1/querying/basics.md', synced)?.editUrl).toBe('https://github.com/prometheus/prometheus/blob/v3.1.0/docs/querying/basics.md');
    expect(upstreamLocation('docs/concepts/data_model.md', synced)).toBeNull();
  });

  it('sends links out of the docs folder to the file at the tag, and keeps links inside it on the site', () => {
    const from = 'docs/prometheus/3.1/configuration/configuration.md';
    expect(resolveHref('../../config/testdata/conf.good.yml', from, synced)).toEqual({ href: 'https://github.com/prometheus/prometheus/blob/v3.1.0/config/testdata/conf.good.yml', external: true });
    expect(resolveHref('../../tsdb/docs/format/README.md#chunks', from, synced).href).toBe('https://github.com/prometheus/prometheus/blob/v3.1.0/tsdb/docs/format/README.md#chunks');
    expect(resolveHref('../querying/basics.md#offset-modifier', from, synced).href).toBe('/docs/prometheus/3.1/querying/basics/#offset-modifier');
    expect(resolveHref('../images/diagram.png', from, synced).href).toBe('/docs/prometheus/3.1/images/diagram.png');
    // GitHub reads absolute paths from the repository's root; the site's own paths stay on the site.
    expect(resolveHref('/documentation/examples/prometheus-docker.yml', from, synced)).toEqual({ href: 'https://github.com/prometheus/prometheus/blob/v3.1.0/documentation/examples/prometheus-docker.yml', external: true });
    expect(resolveHref('/docs/concepts/data_model/', from, synced)).toEqual({ href: '/docs/concepts/data_model/', external: false });
  });

  it('points the committed fallback at this repository', () => {
    const fallback = versionedSections(siteConfig, { sections: [{ section: 'prometheus', mode: 'fallback', versions: [{ id: '3.7', prerelease: false }] }], notes: [] });
    expect(upstreamLocation('docs/prometheus/3.7/storage.md', fallback)?.editUrl).toBe('https://github.com/prometheus/docs/edit/main/upstream/fallback/prometheus/3.7/storage.md');
  });
});
