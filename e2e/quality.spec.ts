import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type CspWindow = { cspViolations: string[] };

/** Records every Content-Security-Policy violation of a page; init scripts run before the page's own and are not subject to its CSP. */
function recordCspViolations(): void {
  const record: string[] = [];
  (window as unknown as CspWindow).cspViolations = record;
  document.addEventListener('securitypolicyviolation', (event) =>
    record.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(none)'} at ${event.sourceFile}:${event.lineNumber}`),
  );
}

/** The violations recorded on the page so far, each prefixed with its path. */
async function cspViolations(page: Page, path: string): Promise<string[]> {
  return (await page.evaluate(() => (window as unknown as CspWindow).cspViolations)).map((violation) => `${path}: ${violation}`);
}

async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  return [...new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname))];
}

/**
 * One page of each template and of each kind of content, checked in a browser in both schemes. What
 * varies with content is checked on every page without one: the ids around the body in
 * e2e/export.spec.ts, what the Content-Security-Policy would block in the build (lib/export/csp.ts).
 */
const TEMPLATE_PAGES: { path: string; status?: number }[] = [
  { path: '/' },
  { path: '/docs/' },
  { path: '/docs/concepts/' },
  { path: '/docs/concepts/data_model/' },
  { path: '/docs/prometheus/latest/' },
  { path: '/docs/prometheus/latest/configuration/configuration/' },
  { path: '/docs/prometheus/3.5/querying/basics/' },
  { path: '/docs/prometheus/2.53/querying/basics/' },
  { path: '/docs/alerting/latest/overview/' },
  { path: '/blog/' },
  { path: '/blog/2026/06/22/light-and-dark-diagrams/' },
  { path: '/blog/2025/' },
  { path: '/community/' },
  { path: '/download/' },
  { path: '/support-training/' },
  { path: '/no/such/page/', status: 404 },
];

type AxeWindow = {
  axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
};

/**
 * The rules a colour scheme can change the outcome of: colours, and the images each scheme shows
 * (mantine-dark-hidden / mantine-light-hidden). The rest see the same page in both, so the second
 * scheme runs only these (half of a run's time).
 */
const SCHEME_RULES = ['color-contrast', 'link-in-text-block', 'image-alt', 'svg-img-alt', 'role-img-alt'];

/** The page's axe violations (WCAG 2.2 AA, or only `rules` of them) in the scheme it shows now, each prefixed with `label`. */
async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_22_AA };
  const result = await page.evaluate((only) => (window as unknown as AxeWindow).axe.run(document, { runOnly: only }), runOnly);
  return result.violations.map((violation) => `${label}: ${violation.id} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('every template, in light then dark', () => {
  test.use({ colorScheme: 'light' });
  for (const { path, status = 200 } of TEMPLATE_PAGES) {
    test(`${path}: no axe violations (WCAG 2.2 AA), no CSP violations, no console errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !(status === 404 && message.text().includes('404 (Not Found)')))
          errors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      await page.addInitScript(recordCspViolations);
      // `load`: every resource the page asks for has come (no page fetches later).
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(status);
      // Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline <script> tag would be blocked).
      await page.evaluate(AXE);
      const violations = await axeViolations(page, `${path} (light)`);
      // The page follows the system's scheme while it is open (lib/browser/color-scheme.ts): the same page, now dark.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
      // Colour transitions end before axe reads colours.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState === 'finished'),
      );
      violations.push(...(await axeViolations(page, `${path} (dark)`, SCHEME_RULES)));
      const blocked = await cspViolations(page, path);
      for (const problems of [violations, blocked, errors]) expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/** A sitemap page's template, as far as its path tells: pages of one kind differ only in their content. */
function kind(path: string): string {
  if (/^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(path)) return 'blog post';
  const docs = /^\/docs\/((?:prometheus|alerting)\/[^/]+\/)?(.*)$/.exec(path);
  if (docs) return `docs${docs[1] ? ', versioned,' : ''} at depth ${docs[2].split('/').length - 1}`;
  // The pages of content/pages/ share a template; the home page, blog and listings have their own.
  return ['/', '/blog/', '/download/', '/support-training/'].includes(path) ? path : 'page';
}

test('the axe pages cover every kind of sitemap page', async ({ page }) => {
  const covered = new Set(TEMPLATE_PAGES.map(({ path }) => kind(path)));
  const uncovered = (await sitemapPaths(page)).filter((path) => !covered.has(kind(path)));
  expect(uncovered, 'sitemap pages of a kind that no page of TEMPLATE_PAGES has: add one').toEqual([]);
});

test('search works under the Content-Security-Policy: results, no violations, no errors from the page or its worker', async ({ page }) => {
  // A violation inside Pagefind's worker (its WebAssembly) is not an event in the page, only a console error.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(recordCspViolations);
  const path = '/docs/concepts/data_model/';
  await page.goto(path);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search the site' }).fill('rate');
  // Soft, so that when results never come the violations and errors below say why. The first
  // query loads Pagefind, its worker, wasm and index, which a cold server compresses first.
  await expect.soft(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  const blocked = await cspViolations(page, path);
  expect(blocked, blocked.join('\n')).toEqual([]);
  expect(errors, errors.join('\n')).toEqual([]);
});

test('JavaScript budgets per page type (gzip bytes a visitor downloads)', async ({ page }) => {
  // Pages ship no React runtime, only the site script (lib/browser/, about 4 KB gzip on
  // 2026-11-25). A change that brings hydration back, or doubles the script, fails here.
  const BUDGETS: Record<string, number> = {
    '/docs/prometheus/latest/configuration/configuration/': 8 * 1024,
    '/blog/2025/07/28/prometheus-3-5-lts/': 8 * 1024,
    '/': 8 * 1024,
    '/community/': 8 * 1024,
    '/download/': 8 * 1024,
  };
  const { gzipSync } = await import('node:zlib');
  for (const [path, budget] of Object.entries(BUDGETS)) {
    const sizes: Promise<number>[] = [];
    const listener = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    };
    page.on('response', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', listener);
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    test.info().annotations.push({ type: 'js-gzip', description: `${path}: ${(total / 1024).toFixed(1)} KB` });
    expect(
      total,
      `${path}: ${(total / 1024).toFixed(1)} KB of JavaScript (gzip), budget ${(budget / 1024).toFixed(0)} KB`,
    ).toBeLessThanOrEqual(budget);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('docs can be read and navigated: nav sections, TOC links, prev/next', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/docs/');
    const nav = page.getByRole('navigation', { name: 'Documentation' });
    await nav.locator('summary', { hasText: 'Concepts' }).click();
    await nav.getByRole('link', { name: 'Data model' }).click();
    await expect(page).toHaveURL(/\/docs\/concepts\/data_model\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data model');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Samples' }).click();
    await expect(page).toHaveURL(/#samples$/);
    await page.getByRole('navigation', { name: 'Previous and next pages' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/docs\/concepts\/metric_types\/$/);
  });

  test('the version selector switches versions, and downloads list every file', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/docs/prometheus/latest/configuration/configuration/');
    await page.locator('summary.version-selector-button').click();
    await page
      .getByRole('navigation', { name: 'Prometheus versions' })
      .getByRole('link', { name: /^3\.5\b/ })
      .click();
    await expect(page).toHaveURL(/\/docs\/prometheus\/3\.5\/configuration\/configuration\/$/);
    // Controls that only work with the script are not offered.
    await expect(page.locator('.code-block').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
    await expect(page.getByRole('radiogroup', { name: 'Colour scheme' })).toBeHidden();
    await page.goto('/download/');
    // Filters need the script: hidden, and every file of every platform is listed.
    await expect(page.getByRole('combobox', { name: 'Operating system' })).toBeHidden();
    await expect(page.locator('#prometheus [data-file-os]:visible')).toHaveCount(10);
  });

  test('the colour scheme follows the system setting, logos included', async ({ browser }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto('/community/');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        scheme === 'dark' ? 'rgb(36, 36, 36)' : 'rgb(255, 255, 255)',
      );
      // The Community page's raw-HTML CNCF logo: one variant per scheme.
      await expect(page.locator(`img[src="/assets/cncf-logo${scheme === 'dark' ? '-white' : ''}.svg"]`)).toBeVisible();
      await expect(page.locator(`img[src="/assets/cncf-logo${scheme === 'dark' ? '' : '-white'}.svg"]`)).toBeHidden();
      await context.close();
    }
  });

  test('on a phone the docs nav is inline, since there is no drawer', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/docs/concepts/data_model/');
    const nav = page.getByRole('navigation', { name: 'Documentation' });
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Metric types' }).click();
    await expect(page).toHaveURL(/\/docs\/concepts\/metric_types\/$/);
  });
});
