import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 900 } });

/** The version selector: a disclosure whose summary names the version being read. */
const selector = (page: Page) => page.locator('summary.version-selector-button');

async function switchTo(page: Page, version: string) {
  await selector(page).click();
  await page
    .getByRole('navigation', { name: 'Prometheus versions' })
    .getByRole('link', { name: new RegExp(`^${version.replace('.', '\\.')}\\b`) })
    .click();
}

test('switching versions keeps the reader on a page that exists in both, and bannering old ones', async ({ page }) => {
  await page.goto('/docs/prometheus/latest/configuration/configuration/');
  await expect(selector(page)).toHaveAccessibleName(/^Prometheus 3\.7 latest ?, change version$/);
  await expect(page.getByRole('note', { name: 'Version notice' })).toHaveCount(0);
  await switchTo(page, '3.5');
  await expect(page).toHaveURL(/\/docs\/prometheus\/3\.5\/configuration\/configuration\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuration');
  const banner = page.getByRole('note', { name: 'Version notice' });
  await expect(banner).toContainText('Prometheus 3.5, an older release with long-term support');
  await banner.getByRole('link', { name: 'Read this page for the latest version (3.7)' }).click();
  await expect(page).toHaveURL(/\/docs\/prometheus\/latest\/configuration\/configuration\/$/);
});

test("switching to a version without the page lands on that version's index", async ({ page }) => {
  await page.goto('/docs/prometheus/latest/otlp/');
  await switchTo(page, '2.53');
  await expect(page).toHaveURL(/\/docs\/prometheus\/2\.53\/$/);
  await expect(page.getByRole('note', { name: 'Version notice' })).toContainText('Prometheus 2.53, an older release');
});

test('nav, breadcrumbs and prev/next stay within one version', async ({ page }) => {
  await page.goto('/docs/prometheus/3.5/configuration/configuration/');
  const nav = page.getByRole('navigation', { name: 'Documentation' });
  // The version selector's own links lead to the other versions, on purpose.
  const serverLinks = nav.locator('a[href^="/docs/prometheus/"]:not(.version-selector-item)');
  expect(await serverLinks.count()).toBeGreaterThan(5);
  for (const href of await serverLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/docs\/prometheus\/3\.5\//);
  }
  await expect(nav.getByRole('link', { name: 'OpenTelemetry (OTLP) ingestion' })).toHaveAttribute('href', '/docs/prometheus/3.5/otlp/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Prometheus server' })).toHaveAttribute(
    'href',
    '/docs/prometheus/3.5/',
  );
  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  for (const href of await pager.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/docs\/prometheus\/3\.5\//);
  }
});

test('from unversioned docs the next page is the latest version', async ({ page }) => {
  await page.goto('/docs/concepts/jobs_instances/');
  await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(/\/docs\/prometheus\/latest\/$/);
  await expect(selector(page)).toHaveAccessibleName(/^Prometheus 3\.7 latest ?, change version$/);
});

test('canonical URLs point at latest; old non-LTS versions are noindex', async ({ page }) => {
  await page.goto('/docs/prometheus/3.7/configuration/configuration/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto('/docs/prometheus/2.53/configuration/configuration/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto('/docs/prometheus/3.5/configuration/configuration/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const root = await page.goto('/docs/prometheus/');
  expect(root?.status()).toBe(200);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://prometheus.io/docs/prometheus/latest/');
});
