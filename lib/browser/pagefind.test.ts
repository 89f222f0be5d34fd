import { describe, expect, it } from 'vitest';
import { groupResults, searchTerms, type PagefindResultData } from './pagefind';

const page = (n: number, sections: number): PagefindResultData => ({
  url: `/docs/p${n}/`,
  excerpt: `page ${n}`,
  meta: { title: `Page ${n}`, breadcrumb: 'Docs › Concepts' },
  sub_results: Array.from({ length: sections }, (_, i) => ({
    title: `Section ${i}`,
    url: `/docs/p${n}/#s${i}`,
    excerpt: `<mark>x</mark> ${i}`,
  })),
});

describe('groupResults', () => {
  it('groups section hits under their page, at most three a page and eight pages', () => {
    const groups = groupResults(Array.from({ length: 10 }, (_, i) => page(i, 5)));
    expect(groups).toHaveLength(8);
    expect(groups[0]).toMatchObject({ url: '/docs/p0/', title: 'Page 0', breadcrumb: 'Docs › Concepts' });
    expect(groups[0].hits.map((h) => h.url)).toEqual(['/docs/p0/#s0', '/docs/p0/#s1', '/docs/p0/#s2']);
    expect(new Set(groups.flatMap((g) => g.hits.map((h) => h.id))).size).toBe(24);
  });

  const at = (location: number, weight = 1) => ({ location, weight, balanced_score: weight * weight });

  it('puts the sections with the most weighted matches first: one defining heading outweighs mentions', () => {
    const data = page(1, 3);
    data.sub_results[2].weighted_locations = [at(1), at(2), at(3)];
    data.sub_results[0].weighted_locations = [at(4, 6)];
    expect(groupResults([data])[0].hits.map((h) => h.url)).toEqual(['/docs/p1/#s0', '/docs/p1/#s2', '/docs/p1/#s1']);
  });

  it("puts a section with all the query's words before one with more matches of one word", () => {
    const data = { ...page(1, 2), content: 'Template reference. template template template. Functions for template use.' };
    data.sub_results[0].weighted_locations = [at(2), at(3), at(4)];
    data.sub_results[1].weighted_locations = [at(5), at(7)];
    expect(groupResults([data], 'template functions')[0].hits[0]?.url).toBe('/docs/p1/#s1');
  });

  it('does not credit the page title to the opening section', () => {
    const data = { ...page(1, 1), content: 'Recording rules. Text here. Rules for recording.' };
    data.sub_results.unshift({ title: 'Page 1', url: '/docs/p1/', excerpt: '', weighted_locations: [at(0, 7), at(1, 7)] });
    data.sub_results[1].weighted_locations = [at(4), at(6)];
    expect(groupResults([data], 'recording rules')[0].hits[0]?.url).toBe('/docs/p1/#s0');
  });

  it("joins a definition record to its page's group as the first hit, whichever came first, with the page's excerpt", () => {
    const record = (anchor: string, page: string): PagefindResultData => ({
      url: `/docs/${page}/#${anchor}`,
      excerpt: anchor,
      meta: { definition: `${anchor}()`, summary: `The <${anchor}> section.` },
      filters: { page: [`Page ${page}`] },
      sub_results: [],
    });
    const groups = groupResults([record('rate', 'p1'), page(2, 1), page(1, 3), record('s2', 'p1'), record('', 'p3')]);
    expect(groups.map((g) => [g.url, g.title])).toEqual([
      ['/docs/p1/', 'Page 1'],
      ['/docs/p2/', 'Page 2'],
      ['/docs/p3/', 'Page p3'],
    ]);
    expect(groups[0]?.hits.map((h) => [h.url, h.title, h.excerpt])).toEqual([
      // A record shows its section's first words (as excerpt markup: text, escaped).
      ['/docs/p1/#rate', 'rate()', 'The &lt;rate&gt; section.'],
      ['/docs/p1/#s2', 'Section 2', '<mark>x</mark> 2'],
      ['/docs/p1/#s0', 'Section 0', '<mark>x</mark> 0'],
    ]);
    // A title record (empty fragment) opens the page itself.
    expect(groups[2]?.hits[0]?.url).toBe('/docs/p3/');
  });

  it('falls back to the page itself when it has no sections', () => {
    expect(groupResults([page(1, 0)])[0].hits).toEqual([{ id: 'search-hit-0-0', url: '/docs/p1/', title: 'Page 1', excerpt: 'page 1' }]);
  });
});

describe('searchTerms', () => {
  it('drops what is syntax, not a word the answer has', () => {
    expect(searchTerms('sum by (job)')).toBe('sum');
    expect(searchTerms('avg without(instance) ')).toBe('avg');
    expect(searchTerms('histogram vs summary')).toBe('histogram summary');
    expect(searchTerms('histogram vs. summary')).toBe('histogram summary');
  });

  it('keeps identifiers and words as typed: Pagefind itself drops their punctuation', () => {
    expect(searchTerms('--storage.tsdb.retention.time')).toBe('--storage.tsdb.retention.time');
    expect(searchTerms('rate(')).toBe('rate(');
    expect(searchTerms('by')).toBe('by');
    expect(searchTerms('group by label')).toBe('group label');
  });
});
