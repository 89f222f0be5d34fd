import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildDocsTree, prevNext, readingOrder, visibleChildren, type DocEntry } from './docs-tree';
import { isTablerIcon, tablerExportName } from './icons';

function doc(path: string, fields: Partial<DocEntry> = {}): DocEntry {
  const file = path.split('/').at(-1) ?? '';
  const slug = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return {
    slug,
    url: slug ? `/docs/${slug}/` : '/docs/',
    title: fields.title ?? file,
    hide_in_nav: false,
    _raw: { sourceFilePath: `docs/${path}`, sourceFileName: file },
    ...fields,
  };
}

const docs = [
  doc('index.md', { title: 'Documentation' }),
  doc('concepts/index.md', { title: 'Concepts', sort_rank: 2, nav_icon: 'bulb' }),
  doc('concepts/metric_types.md', { title: 'Metric types', sort_rank: 2 }),
  doc('concepts/data_model.md', { title: 'Data model', sort_rank: 1 }),
  doc('concepts/zeta.md', { title: 'Zeta' }),
  doc('concepts/alpha.md', { title: 'Alpha' }),
  doc('introduction/index.md', { title: 'Introduction', sort_rank: 1 }),
  doc('introduction/overview.md', { title: 'What is Prometheus?', nav_title: 'Overview', sort_rank: 1 }),
  doc('introduction/release-cycle.md', { title: 'Release cycle', sort_rank: 5, hide_in_nav: true }),
  doc('guides/tls.md', { title: 'TLS', sort_rank: 1 }),
];

describe('buildDocsTree', () => {
  const root = buildDocsTree(docs);

  it('orders sections and pages by sort_rank, then title; unranked last', () => {
    expect(root.children.map((c) => c.title)).toEqual(['Introduction', 'Concepts', 'Guides']);
    const concepts = root.children[1];
    expect(concepts.kind === 'section' && concepts.children.map((c) => c.title)).toEqual(['Data model', 'Metric types', 'Alpha', 'Zeta']);
  });

  it('takes section title, rank and icon from the index file, and derives a title without one', () => {
    const [intro, concepts, guides] = root.children;
    expect(concepts).toMatchObject({ kind: 'section', title: 'Concepts', icon: 'bulb', url: '/docs/concepts/' });
    expect(intro).toMatchObject({ kind: 'section', rank: 1 });
    expect(guides).toMatchObject({ kind: 'section', title: 'Guides', url: '/docs/guides/' });
    expect(guides.kind === 'section' && guides.index).toBeFalsy();
  });

  it('uses nav_title as the label and hides hide_in_nav pages from the nav only', () => {
    const intro = root.children[0];
    if (intro.kind !== 'section') throw new Error('expected a section');
    expect(visibleChildren(intro).map((c) => c.label)).toEqual(['Overview']);
    expect(intro.children.map((c) => c.url)).toContain('/docs/introduction/release-cycle/');
  });

  it('walks prev/next in nav order across sections, skipping hidden pages', () => {
    expect(readingOrder(root).map((c) => c.url)).toEqual([
      '/docs/',
      '/docs/introduction/',
      '/docs/introduction/overview/',
      '/docs/concepts/',
      '/docs/concepts/data_model/',
      '/docs/concepts/metric_types/',
      '/docs/concepts/alpha/',
      '/docs/concepts/zeta/',
      '/docs/guides/',
      '/docs/guides/tls/',
    ]);
    expect(prevNext(root, '/docs/introduction/overview/')).toEqual({
      prev: { title: 'Introduction', url: '/docs/introduction/' },
      next: { title: 'Concepts', url: '/docs/concepts/' },
    });
    expect(prevNext(root, '/docs/introduction/release-cycle/')).toEqual({});
  });

  it('builds breadcrumbs from the sections above a page', () => {
    expect(breadcrumbs(root, 'concepts/data_model', { title: 'Data model', url: '/docs/concepts/data_model/' })).toEqual([
      { title: 'Docs', url: '/docs/' },
      { title: 'Concepts', url: '/docs/concepts/' },
      { title: 'Data model', url: '/docs/concepts/data_model/' },
    ]);
    expect(breadcrumbs(root, 'concepts', { title: 'Concepts', url: '/docs/concepts/' })).toEqual([
      { title: 'Docs', url: '/docs/' },
      { title: 'Concepts', url: '/docs/concepts/' },
    ]);
  });
});

describe('nav icons', () => {
  it('accepts Tabler names and rejects others', () => {
    expect(tablerExportName('shield-lock')).toBe('IconShieldLock');
    expect(isTablerIcon('flask')).toBe(true);
    expect(isTablerIcon('brand-github')).toBe(true);
    expect(isTablerIcon('flsk')).toBe(false);
    expect(isTablerIcon('Flask')).toBe(false);
    expect(isTablerIcon('../x')).toBe(false);
  });
});
