import { describe, expect, it } from 'vitest';
import { docSlugSegments, isCalendarDate, parseBlogFileName, routeForSourcePath } from './routes';

describe('routeForSourcePath', () => {
  it('maps docs files and folder indexes to trailing-slash URLs', () => {
    expect(routeForSourcePath('docs/concepts/data_model.md')).toBe('/docs/concepts/data_model/');
    expect(routeForSourcePath('docs/concepts/index.mdx')).toBe('/docs/concepts/');
    expect(routeForSourcePath('docs/index.md')).toBe('/docs/');
  });

  it('maps blog files by the date in their name', () => {
    expect(routeForSourcePath('blog/2024-11-14-prometheus-3-0.md')).toBe('/blog/2024/11/14/prometheus-3-0/');
  });

  it('maps pages to top-level URLs', () => {
    expect(routeForSourcePath('pages/community.md')).toBe('/community/');
  });

  it('rejects files outside the collections and badly named posts', () => {
    expect(() => routeForSourcePath('misc/readme.md')).toThrow(/outside content/);
    expect(() => routeForSourcePath('blog/announcing.md')).toThrow(/YYYY-MM-DD-slug/);
  });
});

describe('helpers', () => {
  it('splits doc slugs and blog file names', () => {
    expect(docSlugSegments('docs/a/b/index.md')).toEqual(['a', 'b']);
    expect(parseBlogFileName('2021-02-03-hello-world.mdx')).toEqual({ year: '2021', month: '02', day: '03', slug: 'hello-world' });
    expect(parseBlogFileName('hello.md')).toBeNull();
  });

  it('reads blog dates only when they are real calendar days in the blog years', () => {
    expect(parseBlogFileName('2024-02-29-leap.md')?.slug).toBe('leap');
    for (const name of ['2026-13-45-x.md', '2026-02-30-x.md', '2023-02-29-x.md', '9999-99-99-x.md', '9999-12-31-x.md', '1970-01-01-x.md', '2026-00-10-x.md']) {
      expect(parseBlogFileName(name), name).toBeNull();
      expect(isCalendarDate(...(name.slice(0, 10).split('-') as [string, string, string])), name).toBe(false);
    }
  });
});
