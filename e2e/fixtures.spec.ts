import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PLACEHOLDER } from '../lib/site/blog/placeholder';
import { expect, FIXTURE_ANNOUNCEMENT, PREVIEW_BRANCH, test } from './shared-build';

test('a prometheus.io-style .md file renders its GFM table, raw <br> and {{ braces }}; drafts stay out; the build log says when the announcement goes', async ({
  page,
  shared,
}) => {
  await page.goto(`${shared.origin}/docs/fixtures/markdown-compat/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Markdown compatibility fixture' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Setting' })).toBeVisible();
  await expect(table.getByRole('cell', { name: /^1m\s*\(per job\)$/ })).toBeVisible();
  expect(await table.locator('td br').count()).toBe(1);
  await expect(page.getByText('Alert templates use {{ $labels.instance }} and {{ $value }} in prose.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('This comment must not appear');
  // Built for 2027-02-01, inside the fixture announcement's window; e2e/announcement.spec.ts checks the banner itself.
  expect(shared.output).toContain(`Announcement "${FIXTURE_ANNOUNCEMENT.id}": shown; rebuild on 2027-02-08 to take it down.`);
  // The production build leaves the draft out of pages, lists and feeds.
  expect(existsSync(path.join(shared.outDir, 'blog/2026/01/05/draft-fixture'))).toBe(false);
  for (const file of ['blog/index.html', 'blog/feed.xml', 'blog/rss.xml', 'blog/feed.json']) {
    expect(readFileSync(path.join(shared.outDir, file), 'utf8')).not.toContain('draft that must not be published');
  }
  // The build is a preview, whose sitemap is empty: the sitemap production would have.
  expect(shared.productionSitemap).toContain('https://prometheus.io/blog/2026/01/12/a-post-without-tags/');
  expect(shared.productionSitemap.filter((url) => url.includes('draft-fixture'))).toEqual([]);
});

test('a preview build is marked and not indexed: a banner names the branch and links to production, pages are noindex, robots.txt and the sitemap are closed, feeds name production', async ({
  page,
  shared,
}) => {
  // The shared build is a preview of PREVIEW_BRANCH.
  await page.goto(`${shared.origin}/docs/concepts/data_model/`);
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await expect(preview).toContainText(`Preview of ${PREVIEW_BRANCH}`);
  await expect(preview.getByRole('link')).toHaveAttribute('href', 'https://prometheus.io/docs/concepts/data_model/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://prometheus.io/docs/concepts/data_model/');
  expect(readFileSync(path.join(shared.outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /');
  expect(readFileSync(path.join(shared.outDir, 'sitemap.xml'), 'utf8')).not.toContain('<loc>');
  expect(readFileSync(path.join(shared.outDir, 'blog/feed.xml'), 'utf8')).toContain('<id>https://prometheus.io/blog/feed.xml</id>');
  // What production would list instead is there to list: the sitemap is closed for the preview, not empty for want of pages.
  expect(shared.productionSitemap).toContain('https://prometheus.io/docs/concepts/data_model/');
});

test('a blog of untagged posts builds without tag or page lists; an @ in a slug stays in its URL, feeds and sitemap; a pasted tweet is a quote; a spec lists its authors', async ({
  page,
  shared,
}) => {
  // The shared build's blog is fixture posts only, none tagged: no route has anything to list but /blog/.
  const origin = shared.origin;
  const postPath = '/blog/2021/02/18/introducing-the-@-modifier/';
  await page.goto(`${origin}/blog/`);
  await expect(page.locator('.post-list-heading')).toHaveText(['A post without tags', 'Fixing the evaluation time with the @ modifier']);
  await expect(page.getByRole('navigation', { name: 'Blog pages' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Tags' })).toHaveCount(0);
  // No tag or list pages, not even the placeholders that let `output: 'export'` build the empty routes.
  for (const dir of ['blog/tags', 'blog/page', `blog/${PLACEHOLDER}`]) expect(existsSync(path.join(shared.outDir, dir)), dir).toBe(false);

  // The feed links to the post where it is, `@` and all.
  const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    readFileSync(path.join(shared.outDir, 'blog/feed.xml'), 'utf8'),
  ) as {
    feed: { entry: { title: string; link: { '@href': string } }[] };
  };
  const entries = feed.entry;
  const link = entries.find((entry) => entry.title.endsWith('@ modifier'))?.link['@href'];
  expect(link).toBe(`https://prometheus.io${postPath}`);
  const feedJson = JSON.parse(readFileSync(path.join(shared.outDir, 'blog/feed.json'), 'utf8')) as { items: { url: string }[] };
  expect(feedJson.items.map((item) => item.url)).toContain(link);
  expect(shared.productionSitemap).toContain(link);
  expect(existsSync(path.join(shared.outDir, 'og/blog/2021/02/18/introducing-the-@-modifier.png'))).toBe(true);

  // A link to the post's file from another post goes to its URL.
  await page.goto(`${origin}/blog/2026/01/12/a-post-without-tags/`);
  await page.locator('.content-body').getByRole('link', { name: 'the @ modifier' }).click();
  await expect(page).toHaveURL(`${origin}${postPath}`);

  await page.goto(`${origin}${new URL(link ?? '/').pathname}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixing the evaluation time with the @ modifier');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://prometheus.io${postPath}`);
  // The tweet: its text and its link, as a plain quote.
  const quote = page.locator('.content-body blockquote');
  await expect(quote).toContainText('The @ modifier is a small change with a big effect.');
  await expect(quote.getByRole('link', { name: 'February 18, 2021' })).toHaveAttribute(
    'href',
    'https://twitter.com/fixture_person/status/1362400000000000000',
  );
  await expect(page.locator('.post-tags')).toHaveCount(0);

  await page.goto(`${origin}/docs/fixtures/spec-authors/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A specification with authors');
  await expect(page.locator('.doc-authors')).toHaveText('Authors: Ada Editor (editor, Example Labs), Bo Writer (Sample Inc.)');
  await expect(page.locator('main')).not.toContainText('ada@example.org');
});
