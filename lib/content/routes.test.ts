import { describe, expect, it } from 'vitest';
import { byNewest, docSlugSegments, isCalendarDate, parseBlogFileName, routeForSourcePath, siteRoutes } from './routes';

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

describe('siteRoutes', () => {
  const sources = [
    { sourceFilePath: 'docs/concepts/data_model.md' },
    { sourceFilePath: 'docs/guides/tls/encryption.md' },
    { sourceFilePath: 'blog/2024-11-14-prometheus-3-0.md', tags: ['Release'] },
    { sourceFilePath: 'blog/2024-11-14-another.md', tags: ['Remote Write', 'Release'] },
    { sourceFilePath: 'blog/2023-01-02-older.md' },
    { sourceFilePath: 'blog/2026-01-01-unfinished.md', draft: true, tags: ['Secret'] },
    { sourceFilePath: 'pages/community.md' },
  ];
  const routes = siteRoutes(sources, 2);
  const urls = (kind: string) => routes.filter((route) => route.kind === kind).map((route) => route.url);

  it('gives docs files and every folder above them a page', () => {
    expect(urls('docs')).toEqual(['/docs/concepts/data_model/', '/docs/guides/tls/encryption/', '/docs/concepts/', '/docs/', '/docs/guides/tls/', '/docs/guides/']);
  });

  it('leaves drafts out of posts, years, tags and the page count, outside npm run dev', () => {
    expect(urls('post')).toEqual(['/blog/2024/11/14/another/', '/blog/2024/11/14/prometheus-3-0/', '/blog/2023/01/02/older/']);
    expect(urls('blog-page')).toEqual(['/blog/page/2/']);
    expect(urls('blog-year')).toEqual(['/blog/2024/', '/blog/2023/']);
    expect(urls('blog-tag')).toEqual(['/blog/tags/remote-write/', '/blog/tags/release/']);
  });

  it('has the home page, the blog, pages and the files the build writes', () => {
    expect(urls('home')).toEqual(['/']);
    expect(urls('blog')).toEqual(['/blog/']);
    expect(urls('page')).toEqual(['/community/']);
    expect(urls('file')).toContain('/blog/feed.xml');
  });

  it('orders posts newest first, then by slug', () => {
    const names = ['blog/2024-01-01-b.md', 'blog/2025-01-01-a.md', 'blog/2024-01-01-a.md'].map((sourceFilePath) => ({ sourceFilePath }));
    expect(names.sort(byNewest).map((n) => n.sourceFilePath)).toEqual(['blog/2025-01-01-a.md', 'blog/2024-01-01-a.md', 'blog/2024-01-01-b.md']);
  });
});
