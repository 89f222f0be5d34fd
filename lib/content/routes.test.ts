import { describe, expect, it } from 'vitest';
import { docSlugSegments, parseBlogFileName, routeForSourcePath } from './routes';

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
});
