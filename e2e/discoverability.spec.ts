import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

async function jsonLdTypes(page: Page): Promise<string[]> {
  return page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((el) => (JSON.parse(el.textContent) as { '@type': string })['@type']));
}

test('a docs page presents itself: title, description, canonical, OpenGraph, Twitter, JSON-LD, social card', async ({ page, request }) => {
  await page.goto('/docs/concepts/data_model/');
  await expect(page).toHaveTitle('Data model | Prometheus');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /metric names, labels and samples/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://prometheus.io/docs/concepts/data_model/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Data model');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  expect(await jsonLdTypes(page)).toEqual(['BreadcrumbList', 'TechArticle']);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
  const png = await request.get(image.pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  // An older version of a page shows the latest's card (drawn once), which exists.
  await page.goto('/docs/prometheus/3.5/querying/basics/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Querying basics (Prometheus 3.5)');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://prometheus.io/og/docs/prometheus/latest/querying/basics.png',
  );
  expect((await request.get('/og/docs/prometheus/latest/querying/basics.png')).status()).toBe(200);
  expect((await request.get('/og/docs/prometheus/3.5/querying/basics.png')).status()).toBe(404);
});

test('a post has BlogPosting data with author and date; the home page has its own card', async ({ page }) => {
  await page.goto('/blog/2025/07/28/prometheus-3-5-lts/');
  const posting = await page.locator('script[type="application/ld+json"]').evaluate((el): unknown => JSON.parse(el.textContent));
  expect(posting).toMatchObject({
    '@type': 'BlogPosting',
    datePublished: '2025-07-28',
    author: { '@type': 'Person', name: 'Tomás Ferreira' },
  });
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2025-07-28');
  await page.goto('/');
  await expect(page).toHaveTitle('Prometheus - Monitoring system & time series database');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://prometheus.io/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://prometheus.io/og/index.png');
});

test('every redirect lands on a page that loads, and old paths work without a trailing slash or with index.html', async ({
  page,
  request,
}) => {
  // About a hundred requests and three pages: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const { redirects } = parse(readFileSync('content/redirects.yaml', 'utf8')) as { redirects: { from: string; to: string }[] };
  // Each redirect page refreshes to its target, a page with a heading (HTML, without loading two pages in a browser per redirect: 3 s each on a busy machine).
  for (const { from, to } of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(200);
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(await response.text())?.[1];
    expect(refresh?.replace(/&amp;/g, '&'), from).toBe(to);
    const target = await request.get(to, { maxRedirects: 0 });
    expect(target.status(), to).toBe(200);
    expect(await target.text(), to).toMatch(/<h1[\s>]/);
  }
  // A browser follows the refresh to the page.
  const [{ from, to }] = redirects;
  await page.goto(from);
  await page.waitForURL((url) => url.pathname === new URL(to, 'http://x').pathname);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.goto('/docs/concepts/data_model'))?.status()).toBe(200);
  expect((await page.goto('/docs/concepts/data_model/index.html'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data model');
});

test('AI readers get llms.txt, llms-full.txt and each page as Markdown', async ({ page, request, context }) => {
  const index = await (await request.get('/llms.txt')).text();
  expect(index).toMatch(/^# Prometheus\n\n> /);
  expect(index).toContain('- [Data model](https://prometheus.io/docs/concepts/data_model.md): ');
  const full = await (await request.get('/llms-full.txt')).text();
  expect(full).toContain('## Data model');
  const markdown = await request.get('/docs/concepts/data_model.md');
  expect(markdown.headers()['content-type']).toContain('text/markdown');
  const text = await markdown.text();
  expect(text).toMatch(/^# Data model\n/);
  expect(text).not.toMatch(/^---/m);
  expect(text).not.toMatch(/\]\((\.\.?\/|\/)/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/concepts/data_model/');
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', '/docs/concepts/data_model.md');
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Copied as Markdown' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});
