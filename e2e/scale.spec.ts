import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { createStaticServer } from '../scripts/serve.mjs';
import { buildWithFixtures } from './fixture-build';

test.describe.configure({ timeout: 600_000 });

/** Bytes of JavaScript a page loads, as the browser fetched it. */
async function scriptBytes(page: Page, url: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => body.length));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

test('the docs collection is not shipped to the browser: 500 more pages add no JavaScript to a docs page', async ({ page, browser, baseURL }) => {
  const before = await scriptBytes(page, `${baseURL}/docs/concepts/data_model/`);
  const build = buildWithFixtures('scale-500', {}, { generatedPages: 500 });
  expect(build.status, build.output).toBe(0);
  const server = createStaticServer(build.outDir).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const big = await browser.newPage();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const after = await scriptBytes(big, `${base}/docs/concepts/data_model/`);
    // The nav grew by 20 sections (in the HTML), the scripts did not; the sections' 500 pages
    // are listed only on the path to them, so no page's HTML lists every page.
    const nav = big.getByRole('navigation', { name: 'Documentation' });
    await expect(nav.getByText('Generated section 19')).toBeAttached();
    await expect(nav.locator('a[href^="/docs/generated/section_019/page_"]')).toHaveCount(0);
    await big.goto(`${base}/docs/generated/section_019/page_003/`);
    await expect(nav.locator('a[href^="/docs/generated/section_019/page_"]')).toHaveCount(25);
    await expect(nav.locator('a[href^="/docs/generated/section_018/page_"]')).toHaveCount(0);
    test.info().annotations.push({ type: 'js-bytes', description: `before ${before}, after ${after}` });
    // Chunk names are content hashes, so two builds can differ by a byte or two; shipping the
    // nav or the collection would add tens of kilobytes.
    expect(Math.abs(after - before)).toBeLessThanOrEqual(256);
  } finally {
    server.close();
    build.cleanup();
  }
});
