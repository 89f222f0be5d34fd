import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkDocsDrawer, checkTocFollowsScroll } from './interactive';

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the nav opens a section and leads to a page, which it marks as current', async ({ page }) => {
    await page.goto('/docs/');
    const nav = page.getByRole('navigation', { name: 'Documentation' });
    const concepts = nav.locator('details', { has: page.locator('summary', { hasText: 'Concepts' }) });
    await expect(concepts).not.toHaveAttribute('open');
    await nav.locator('summary', { hasText: 'Concepts' }).click();
    await expect(concepts).toHaveAttribute('open');
    await concepts.getByRole('link', { name: 'Data model' }).click();
    await expect(page).toHaveURL(/\/docs\/concepts\/data_model\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data model');
    const current = page.getByRole('navigation', { name: 'Documentation' }).locator('[aria-current="page"]');
    await expect(current).toHaveText('Data model');
    await expect(current.locator('xpath=ancestor::details[1]')).toHaveAttribute('open');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Docs', 'Concepts', 'Data model']);
  });

  test('section pages list their pages with descriptions', async ({ page }) => {
    await page.goto('/docs/concepts/');
    const index = page.getByRole('region', { name: 'Pages in this section' });
    await expect(index.getByRole('link', { name: 'Data model' })).toHaveAttribute('href', '/docs/concepts/data_model/');
    await expect(index).toContainText('metric names, labels and samples');
  });

  test('hidden pages stay out of the nav but keep their URL', async ({ page }) => {
    const response = await page.goto('/docs/introduction/release-cycle/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release cycle');
    await expect(page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'Release cycle' })).toHaveCount(0);
  });

  test('previous and next walk the nav order across sections', async ({ page }) => {
    await page.goto('/docs/concepts/data_model/');
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
    await expect(pager.getByRole('link', { name: /Previous\s+Concepts/ })).toHaveAttribute('href', '/docs/concepts/');
    await pager.getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/docs\/concepts\/metric_types\/$/);
    // The last page of a section leads into the next section.
    await page.goto('/docs/concepts/jobs_instances/');
    await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/docs\/prometheus\/latest\/$/);
  });

  test('the TOC highlights the section being read as the page scrolls', async ({ page }) => {
    await checkTocFollowsScroll(page);
  });

  test('edit and report links point at the file on GitHub; the date shows only with full history', async ({ page }) => {
    await page.goto('/docs/concepts/data_model/');
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      'https://github.com/prometheus/docs/edit/main/content/docs/concepts/data_model.md',
    );
    const report = new URL((await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href')) ?? '');
    expect(report.pathname).toBe('/prometheus/docs/issues/new');
    expect(report.searchParams.get('title')).toContain('Data model');
    expect(report.searchParams.get('body')).toContain('https://prometheus.io/docs/concepts/data_model/');
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/docs/concepts/data_model.md'], {
      encoding: 'utf8',
    }).trim();
    if (shallow || !committed) {
      await expect(page.getByText(/Last updated/)).toHaveCount(0);
    } else {
      await expect(page.locator('.page-updated time')).toHaveAttribute('datetime', committed);
    }
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the docs drawer opens from its button and works with the keyboard', async ({ page }) => {
    await checkDocsDrawer(page);
  });
});

test('a PromQL example is coloured by Prometheus’s grammar in both schemes, and copies as written', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/docs/prometheus/latest/querying/operators/');
  const pre = page.locator('pre[data-language="promql"]', { hasText: 'predict_linear' });
  const block = page.locator('.code-block', { has: pre });
  await expect(block.locator('.code-block-language')).toHaveText('PromQL');
  const colour = (text: string) =>
    pre
      .locator('span', { hasText: new RegExp(`^${text}$`) })
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  // The GitHub themes' function, keyword and label colours, as Shiki gives other languages.
  expect(await colour('predict_linear')).toBe('rgb(130, 80, 223)');
  expect(await colour('and')).toBe('rgb(207, 34, 46)');
  expect(await colour('nodename')).toBe('rgb(149, 56, 0)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radiogroup', { name: 'Colour scheme' }).getByText('Dark').click({ force: true });
  await expect.poll(() => colour('predict_linear')).toBe('rgb(210, 168, 255)');
  // The source, as the Markdown file has it.
  const source = readFileSync('upstream/fallback/prometheus/3.7/querying/operators.md', 'utf8');
  const written = /```promql\n([^`]*predict_linear[^`]*)```/.exec(source)?.[1]?.trim();
  await block.getByRole('button', { name: 'Copy code' }).click();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(written);
});
