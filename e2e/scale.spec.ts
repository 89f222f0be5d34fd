import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './fixture-build';
import { expect, GENERATED_PAGES, test } from './shared-build';

type Doc = { url: string; title: string; nav_title?: string; body: { raw: string } };

/** The docs collection a build rendered, as contentlayer2 generated it for the pages. */
const collection = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.contentlayer/generated/Doc/_index.json'), 'utf8')) as Doc[];

/**
 * What would give a page's collection away in a script: each title of two words or more (one word,
 * such as "Storage", is also an identifier) and the first six-word run of plain prose of each body.
 */
function giveaways(docs: Doc[]): string[] {
  return docs.flatMap((doc) =>
    [doc.title, doc.nav_title ?? '', /[A-Za-z][a-z]+(?: [a-z]+){5}/.exec(doc.body.raw)?.[0] ?? ''].filter((text) => text.includes(' ')),
  );
}

/**
 * The script files a page loads, each by path with the SHA-256 of its bytes and its text. Inline
 * scripts are left out: each is a constant of lib/site/inline-scripts.ts, or the build fails (lib/export/page.ts).
 */
async function scriptsOf(page: Page, url: string) {
  const files: Promise<{ path: string; sha256: string; text: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    files.push(
      response.body().then((body) => ({
        path: new URL(response.url()).pathname,
        sha256: createHash('sha256').update(body).digest('hex'),
        text: body.toString('utf8'),
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return (await Promise.all(files)).sort((a, b) => a.path.localeCompare(b.path));
}

test('the docs collection is not shipped to the browser: a docs page loads the same scripts, byte for byte, in a build with more docs pages, and none holds a docs title or text', async ({
  page,
  browser,
  baseURL,
  shared,
}) => {
  const site = collection(ROOT);
  const fixtures = collection(shared.dir);
  const siteUrls = new Set(site.map((doc) => doc.url));
  // The fixture build's collection is larger and another: synced versions, fixture pages and generated sections.
  expect(fixtures.length).toBeGreaterThan(site.length);
  expect(fixtures.filter((doc) => !siteUrls.has(doc.url)).length).toBeGreaterThanOrEqual(GENERATED_PAGES);
  test.info().annotations.push({ type: 'docs', description: `${site.length} in the site, ${fixtures.length} in the fixture build` });

  const route = '/docs/concepts/data_model/';
  const before = await scriptsOf(page, `${baseURL}${route}`);
  const big = await browser.newPage();
  const after = await scriptsOf(big, `${shared.origin}${route}`);
  expect(before.length).toBeGreaterThan(0);
  // A script that held (or was built from) the collection would differ between the two builds.
  expect(after.map(({ path, sha256 }) => ({ path, sha256 }))).toEqual(before.map(({ path, sha256 }) => ({ path, sha256 })));
  const texts = [...new Set(giveaways([...site, ...fixtures]))];
  for (const file of after)
    expect(
      texts.filter((text) => file.text.includes(text)),
      file.path,
    ).toEqual([]);

  // The nav grew by the generated sections (in the HTML), the scripts did not; a section's pages
  // are listed only on the path to them, so no page's HTML lists every page.
  const nav = big.getByRole('navigation', { name: 'Documentation' });
  await expect(nav.getByText('Generated section 1', { exact: true })).toBeAttached();
  await expect(nav.locator('a[href^="/docs/generated/section_001/page_"]')).toHaveCount(0);
  await big.goto(`${shared.origin}/docs/generated/section_001/page_003/`);
  await expect(nav.locator('a[href^="/docs/generated/section_001/page_"]')).toHaveCount(25);
  await expect(nav.locator('a[href^="/docs/generated/section_000/page_"]')).toHaveCount(0);
});
