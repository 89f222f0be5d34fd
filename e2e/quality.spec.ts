import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { LAYOUT_ID_PREFIX, LAYOUT_IDS, listingIds } from '../lib/markdown/rules';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Data file names, as the download and support listings use them for anchors. */
const dataSlugs = (folder: string) => readdirSync(`content/${folder}`).map((name) => name.replace(/\.ya?ml$/, ''));
const DATA_SLUGS = { downloads: dataSlugs('downloads'), support: dataSlugs('support') };

type CspWindow = { cspViolations: string[] };

/** Records every Content-Security-Policy violation of a page; init scripts run before the page's own and are not subject to its CSP. */
function recordCspViolations(): void {
  const record: string[] = [];
  (window as unknown as CspWindow).cspViolations = record;
  document.addEventListener('securitypolicyviolation', (event) => record.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(none)'} at ${event.sourceFile}:${event.lineNumber}`));
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
 * One page of each template and of each kind of content, for axe: a run takes seconds, so it runs
 * on these in both schemes; every sitemap page gets the cheaper checks, in one.
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
  { path: '/blog/page/2/' },
  { path: '/blog/2026/06/22/light-and-dark-diagrams/' },
  { path: '/blog/tags/release/' },
  { path: '/blog/2025/' },
  { path: '/community/' },
  { path: '/download/' },
  { path: '/support-training/' },
  { path: '/no/such/page/', status: 404 },
];

type Findings = { unlisted: string[]; violations: string[]; blocked: string[]; errors: string[] };

/** Opens `path` and returns its CSP violations, console errors, unlisted layout ids and, with `axe`, its axe violations. */
async function inspect(page: Page, path: string, { axe, status = 200 }: { axe: boolean; status?: number }): Promise<Findings> {
  const found: Findings = { unlisted: [], violations: [], blocked: [], errors: [] };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !(status === 404 && message.text().includes('404 (Not Found)'))) found.errors.push(`${path}: ${message.text()}`);
  };
  const onError = (error: Error) => found.errors.push(`${path}: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  // `load`: every resource the page asks for has come (no page fetches later); `networkidle` only added half a second a page.
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(status);
  found.blocked.push(...(await cspViolations(page, path)));
  if (axe) {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline <script> tag would be blocked).
    await page.evaluate(AXE);
    const result = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags } });
    }, WCAG_22_AA);
    for (const violation of result.violations) found.violations.push(`${path}: ${violation.id} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  // Pages with one content body: every id around it is one the content check keeps content from taking.
  const layoutIds = await page.evaluate(() =>
    document.querySelectorAll('.content-body:not(.post-excerpt)').length === 1 ? [...document.querySelectorAll('[id]')].filter((e) => !e.closest('.content-body')).map((e) => e.id) : [],
  );
  const listed = new Set(listingIds(path, DATA_SLUGS));
  for (const id of layoutIds) if (!LAYOUT_IDS.has(id) && !id.startsWith(LAYOUT_ID_PREFIX) && !listed.has(id)) found.unlisted.push(`${path}: #${id} is neither in LAYOUT_IDS nor in listingIds (lib/markdown/rules.ts)`);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return found;
}

function expectNone(found: Findings) {
  for (const problems of Object.values(found)) expect(problems, problems.join('\n')).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { path, status } of TEMPLATE_PAGES) {
      test(`${path}: no axe violations (WCAG 2.2 AA), no CSP violations, no console errors and only listed layout ids`, async ({ page }) => {
        await page.addInitScript(recordCspViolations);
        expectNone(await inspect(page, path, { axe: true, status }));
      });
    }
  });
}

/** The sitemap pages are checked in this many tests, so that both workers share them. */
const SITEMAP_PARTS = 2;

for (let part = 0; part < SITEMAP_PARTS; part++) {
  test(`every sitemap page, part ${part + 1} of ${SITEMAP_PARTS}: no CSP violations, no console errors and only listed layout ids`, async ({ page }) => {
    // About 45 pages, each opened once (axe runs on one page of each template, above).
    test.setTimeout(300_000);
    await page.addInitScript(recordCspViolations);
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(60);
    const all: Findings = { unlisted: [], violations: [], blocked: [], errors: [] };
    for (const path of paths.filter((_, index) => index % SITEMAP_PARTS === part)) {
      const found = await inspect(page, path, { axe: false });
      for (const key of Object.keys(all) as (keyof Findings)[]) all[key].push(...found[key]);
    }
    expectNone(all);
  });
}

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
    expect(total, `${path}: ${(total / 1024).toFixed(1)} KB of JavaScript (gzip), budget ${(budget / 1024).toFixed(0)} KB`).toBeLessThanOrEqual(budget);
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
    await page.getByRole('navigation', { name: 'Prometheus versions' }).getByRole('link', { name: /^3\.5\b/ }).click();
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
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(36, 36, 36)' : 'rgb(255, 255, 255)');
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
