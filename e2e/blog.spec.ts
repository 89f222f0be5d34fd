import { expect, test } from '@playwright/test';

test('the blog lists posts newest first, pages through them and opens a post', async ({ page }) => {
  await page.goto('/blog/');
  const titles = page.locator('.post-list-heading');
  await expect(titles).toHaveCount(5);
  await expect(titles.first()).toHaveText('A new home for the Prometheus docs');
  const dates = await page.locator('.post-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  const pager = page.getByRole('navigation', { name: 'Blog pages' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  await pager.getByRole('link', { name: 'Older posts' }).click();
  await expect(page).toHaveURL(/\/blog\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blog, page 2');
  const older = await page.locator('.post-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(older[0] < dates.at(-1)!).toBe(true);

  // The excerpt is the text before <!-- more -->, and "Read more" opens the post.
  const article = page.locator('article', { hasText: 'Announcing Prometheus 3.0' });
  await expect(article.locator('.post-excerpt')).not.toBeEmpty();
  await article.getByRole('link', { name: 'Read more: Announcing Prometheus 3.0' }).click();
  await expect(page).toHaveURL(/\/blog\/2024\/11\/14\/prometheus-3-0\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Announcing Prometheus 3.0');
  await expect(page.locator('.post-meta')).toContainText(/14 November 2024 · The Prometheus team · \d+ min read/);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThan(40);
});

test('year archives and tag pages list the right posts', async ({ page }) => {
  await page.goto('/blog/');
  await page.getByRole('navigation', { name: 'Archive' }).getByRole('link', { name: '2024' }).click();
  await expect(page).toHaveURL(/\/blog\/2024\/$/);
  for (const date of await page.locator('.post-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))) {
    expect(date.startsWith('2024-')).toBe(true);
  }
  await page.goto('/blog/tags/release/');
  await expect(page.locator('.post-list-heading')).toHaveText([
    'Prometheus 3.5 is the new long-term support release',
    'Announcing Prometheus 3.0',
  ]);
});

test('every page announces the feeds, and the feeds parse', async ({ page, request }) => {
  for (const path of ['/', '/docs/concepts/data_model/', '/blog/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/blog\/feed\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/blog\/rss\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', /\/blog\/feed\.json$/);
  }
  for (const [path, root] of [
    ['/blog/feed.xml', 'feed'],
    ['/blog/rss.xml', 'rss'],
  ] as const) {
    const xml = await (await request.get(path)).text();
    const result = await page.evaluate(
      ([text]) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          entries: doc.querySelectorAll('entry, item').length,
        };
      },
      [xml, root] as const,
    );
    expect(result).toEqual({ error: null, root, entries: 10 });
  }
  const json = (await (await request.get('/blog/feed.json')).json()) as { items: { content_html: string }[] };
  expect(json.items[0].content_html).toContain('<p>');
  expect(json.items[0].content_html).not.toMatch(/href="\//);
});
