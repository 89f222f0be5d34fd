import { expect, test } from '@playwright/test';

test('the sitemap lists canonical, indexable pages only, and every one of them loads', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  expect(urls.length).toBeGreaterThan(60);
  const paths = urls.map((u) => u.pathname);
  expect(paths).toContain('/docs/prometheus/latest/configuration/configuration/');
  // Each page once: a section's own folder (/docs/prometheus/) shows its latest index, listed under /latest/ only.
  expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  expect(paths).toContain('/docs/prometheus/latest/');
  expect(paths).not.toContain('/docs/prometheus/');
  expect(paths).toContain('/docs/prometheus/3.5/configuration/configuration/');
  expect(paths).toContain('/blog/2024/11/14/prometheus-3-0/');
  expect(paths).toContain('/community/');
  // Old non-LTS versions are noindex, and /3.7/ only repeats /latest/.
  expect(paths.filter((p) => p.startsWith('/docs/prometheus/2.53/') || p.startsWith('/docs/prometheus/3.7/'))).toEqual([]);
  for (const url of urls) {
    expect(url.origin).toBe('https://prometheus.io');
    const response = await request.get(url.pathname);
    expect(response.status(), url.pathname).toBe(200);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://prometheus.io/sitemap.xml');
});
