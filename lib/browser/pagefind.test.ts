import { describe, expect, it } from 'vitest';
import { groupResults, type PagefindResultData } from './pagefind';

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

  it('puts the sections with the most matches first', () => {
    const data = page(1, 3);
    data.sub_results[2].locations = [1, 2, 3];
    data.sub_results[0].locations = [1];
    expect(groupResults([data])[0].hits.map((h) => h.url)).toEqual(['/docs/p1/#s2', '/docs/p1/#s0', '/docs/p1/#s1']);
  });

  it('falls back to the page itself when it has no sections', () => {
    expect(groupResults([page(1, 0)])[0].hits).toEqual([{ id: 'search-hit-0-0', url: '/docs/p1/', title: 'Page 1', excerpt: 'page 1' }]);
  });
});
