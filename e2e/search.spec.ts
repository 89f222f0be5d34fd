import { test } from '@playwright/test';
import { measureRelevance, relevanceMarkdown } from '../scripts/bench/search-relevance';
import { QUERY_SETS } from '../scripts/bench/search-queries';
import { checkSearchLeadsToSection, searchDialog as dialog, searchExpect as expect, searchInput as input } from './interactive';

test.use({ viewport: { width: 1366, height: 900 } });

for (const [name, keys] of [
  ['Ctrl+K', 'Control+k'],
  ['⌘K', 'Meta+k'],
  ['/', '/'],
] as const) {
  test(`${name} opens search with the input focused, Escape closes it`, async ({ page }) => {
    await page.goto('/docs/');
    await expect(dialog(page)).toHaveCount(0);
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press(keys);
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  });
}

test('a word found in one section of one page leads to that section', async ({ page }) => {
  await checkSearchLeadsToSection(page);
});

test('the Blog filter narrows a blog-only word to posts; other areas show the empty state', async ({ page }) => {
  await page.goto('/blog/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByText('Blog', { exact: true }).click();
  await input(page).fill('Northgate');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  for (const href of await options.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/blog\/2025\/03\/05\/interview-running-prometheus-at-a-hospital\//);
  }
  await dialog(page).getByText('Docs', { exact: true }).click();
  await expect(dialog(page).getByText('No results for “Northgate” in Docs')).toBeVisible();
});

test('each versioned docs section is a scope of its own: Alertmanager finds only Alertmanager pages, Prometheus server only server pages', async ({
  page,
}) => {
  await page.goto('/docs/alerting/latest/overview/');
  await page.keyboard.press('Control+k');
  const scopes = dialog(page).getByRole('radiogroup', { name: 'Show results from' });
  await expect(scopes.getByRole('radio')).toHaveCount(6);
  await input(page).fill('grouping');
  await expect(page.getByRole('option').first()).toBeVisible();
  await scopes.getByText('Alertmanager', { exact: true }).click();
  await expect(dialog(page).getByText(/^No results/)).toBeHidden();
  await expect(page.getByRole('option').first()).toHaveAttribute('href', /^\/docs\/alerting\/latest\//);
  // Retried: results of the earlier scope may still be on screen while the new ones arrive.
  await expect(page.locator('[role="option"]:not([href^="/docs/alerting/latest/"])')).toHaveCount(0);
  // The word is on server pages too: that scope finds them, and no Alertmanager page.
  await scopes.getByText('Prometheus server', { exact: true }).click();
  await expect(page.getByRole('option').first()).toHaveAttribute('href', /^\/docs\/prometheus\/latest\//);
  await expect(page.locator('[role="option"]:not([href^="/docs/prometheus/latest/"])')).toHaveCount(0);
});

test('gibberish shows the empty state and announces it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await input(page).fill('zzzzzzzz');
  await expect(dialog(page).getByText('No results for “zzzzzzzz”')).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(dialog(page).locator('[aria-live="polite"]')).toHaveText('No results for zzzzzzzz.');
});

test('arrow keys move through results and the active one is announced to assistive tech', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await input(page).fill('relabel');
  await expect(page.getByRole('option').nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const second = page.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
});

test('old doc versions are not in the index', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  // The 2.x name of a scrape setting: it appears in the 2.53 docs only.
  await input(page).fill('scrape_classic_histograms');
  await expect(page.getByRole('option').first()).toBeVisible();
  for (const href of await page.getByRole('option').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) {
    expect(href).not.toContain('/2.53/');
    expect(href).not.toContain('/3.5/');
  }
});

test('relevance on the site’s own content stays above its floor: MRR@10 ≥ 0.9, expected result first for ≥ 85 %', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/docs/');
  const report = await measureRelevance(page, QUERY_SETS.site);
  const misses = relevanceMarkdown(report);
  expect(report.outcomes.length, 'queries').toBeGreaterThanOrEqual(40);
  expect(report.mrr, misses).toBeGreaterThanOrEqual(0.9);
  expect(report.hits1, misses).toBeGreaterThanOrEqual(0.85);
});

test('a function’s name opens its definition, at its heading', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await input(page).fill('histogram_quantile');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('href', '/docs/prometheus/latest/querying/functions/#histogram_quantile');
  await expect(first).toContainText('histogram_quantile()');
  await expect(page.getByRole('group').first()).toHaveAttribute('aria-label', 'Functions');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/querying\/functions\/#histogram_quantile$/);
  await expect(page.locator('#histogram_quantile')).toBeInViewport();
});

test('identifiers are found as typed: a flag with dots and dashes, a call, a grouping clause', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const [query, href] of [
    ['--storage.tsdb.retention.time', '/docs/prometheus/latest/storage/#retention'],
    ['rate(', '/docs/prometheus/latest/querying/functions/#rate'],
    ['sum by (job)', '/docs/prometheus/latest/querying/operators/#sum'],
    ['query_range', '/docs/prometheus/latest/querying/api/#range-queries'],
  ]) {
    await input(page).fill(query);
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', query);
    await expect(page.getByRole('option').first(), query).toHaveAttribute('href', href);
  }
});

test('the docs come before a blog post that uses the word more often; the post is still listed', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await input(page).fill('routing');
  await expect(page.getByRole('option').first()).toHaveAttribute('href', '/docs/alerting/latest/alertmanager/#routing');
  await expect(page.locator('#search-results a[href^="/blog/2025/05/12/alertmanager-routing-recipes/"]').first()).toBeVisible();
});

test('an older version’s page searches that version’s pages, in a scope of its own; the others search the latest', async ({ page }) => {
  await page.goto('/docs/prometheus/2.53/querying/functions/');
  await page.keyboard.press('Control+k');
  const scopes = dialog(page).getByRole('radiogroup', { name: 'Show results from' });
  const version = scopes.getByRole('radio', { name: 'Prometheus server 2.53' });
  await expect(version).toBeChecked();
  await input(page).fill('rate');
  await expect(page.getByRole('option').first()).toHaveAttribute('href', '/docs/prometheus/2.53/querying/functions/#rate');
  await expect(page.locator('#search-results [role="option"]:not([href^="/docs/prometheus/2.53/"])')).toHaveCount(0);
  await scopes.getByText('All', { exact: true }).click();
  await expect(page.getByRole('option').first()).toHaveAttribute('href', '/docs/prometheus/latest/querying/functions/#rate');
  await expect(page.locator('#search-results [role="option"][href^="/docs/prometheus/2.53/"]')).toHaveCount(0);
  // The latest version's pages offer no such scope.
  await page.goto('/docs/prometheus/latest/querying/functions/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('radio', { name: /2\.53/ })).toHaveCount(0);
});
