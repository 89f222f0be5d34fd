import { describe, expect, it } from 'vitest';
import { compareVersions, isOutdated, splitVersionedSlug, versionedSections, versionTargets } from './versions';

const sections = versionedSections({
  versionedDocs: [
    { section: 'prometheus', product: 'Prometheus', latest: '3.7', versions: [{ id: '2.53', lts: true }, { id: '3.10', prerelease: true }, { id: '3.7' }, { id: '3.5', lts: true }] },
  ],
});

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

  it('keeps the reader on the same page where it exists', () => {
    const current = splitVersionedSlug('prometheus/3.5/configuration', sections)!;
    expect(versionTargets(current, exists).map((t) => [t.version.id, t.href, t.current])).toEqual([
      ['3.10', '/docs/prometheus/3.10/', false],
      ['3.7', '/docs/prometheus/latest/configuration/', false],
      ['3.5', '/docs/prometheus/3.5/configuration/', true],
      ['2.53', '/docs/prometheus/2.53/configuration/', false],
    ]);
  });

  it("falls back to the version's section index when the page is missing there", () => {
    const current = splitVersionedSlug('prometheus/latest/otlp', sections)!;
    const targets = versionTargets(current, exists);
    expect(targets.find((t) => t.version.id === '2.53')).toMatchObject({ href: '/docs/prometheus/2.53/', samePage: false });
    expect(targets.find((t) => t.current)?.href).toBe('/docs/prometheus/latest/otlp/');
  });
});
