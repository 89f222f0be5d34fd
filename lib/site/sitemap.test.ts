import { describe, expect, it } from 'vitest';
import { sitemapEntries } from './sitemap';

const input = {
  siteUrl: 'https://prometheus.io',
  preview: false,
  docs: [
    { url: '/docs/prometheus/latest/configuration/', primary: true, indexable: true, lastUpdated: '2026-11-01T10:00:00Z' },
    { url: '/docs/prometheus/latest/configuration/', primary: false, indexable: true },
    { url: '/docs/prometheus/2.53/configuration/', primary: true, indexable: false },
    { url: '/docs/prometheus/3.5/configuration/', primary: true, indexable: true },
  ],
  posts: [{ url: '/blog/2025/07/28/lts/', lastUpdated: '', date: '2025-07-28' }],
  pages: [{ url: '/community/', lastUpdated: '' }],
};

describe('sitemapEntries', () => {
  it('lists canonical indexable docs (latest and LTS), posts and pages with their dates', () => {
    expect(sitemapEntries(input)).toEqual([
      { url: 'https://prometheus.io/' },
      { url: 'https://prometheus.io/docs/prometheus/latest/configuration/', lastModified: '2026-11-01T10:00:00Z' },
      { url: 'https://prometheus.io/docs/prometheus/3.5/configuration/' },
      { url: 'https://prometheus.io/blog/' },
      { url: 'https://prometheus.io/blog/2025/07/28/lts/', lastModified: '2025-07-28' },
      { url: 'https://prometheus.io/community/' },
    ]);
  });

  it('keeps an @ in a post URL, as prometheus.io serves it, and encodes other characters URLs cannot hold', () => {
    const posts = [
      { url: '/blog/2021/02/18/introducing-the-@-modifier/', lastUpdated: '', date: '2021-02-18' },
      { url: '/blog/2021/03/01/größe/', lastUpdated: '', date: '2021-03-01' },
    ];
    expect(sitemapEntries({ ...input, docs: [], pages: [], posts }).map((entry) => entry.url)).toEqual([
      'https://prometheus.io/',
      'https://prometheus.io/blog/',
      'https://prometheus.io/blog/2021/02/18/introducing-the-@-modifier/',
      'https://prometheus.io/blog/2021/03/01/gr%C3%B6%C3%9Fe/',
    ]);
  });

  it('is empty on preview deploys', () => {
    expect(sitemapEntries({ ...input, preview: true })).toEqual([]);
  });
});
