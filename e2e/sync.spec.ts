import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocsLock } from '../lib/sync/upstream';
import { prepareFixtureDir, runInCopy } from './fixture-build';
import { expect, test } from './shared-build';

// Copying the site and running the sync take half a minute when the machine is busy.
test.describe.configure({ timeout: 120_000 });

test('without network or cache the sync says so in one line and builds the committed fallback', () => {
  const fixture = prepareFixtureDir('sync-offline', {});
  try {
    // An empty DOCS_FALLBACK, since the one `npm test` may set asks for no sync at all.
    const sources = {
      DOCS_FALLBACK: '',
      DOCS_SOURCES: JSON.stringify({ prometheus: '/nonexistent/prometheus', alerting: '/nonexistent/alertmanager' }),
      DOCS_SOURCES_CACHE: path.join(fixture.dir, '.cache'),
    };
    const result = runInCopy(fixture.dir, sources, 'npx', 'tsx', 'scripts/build/sync-docs.ts');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^sync-docs: prometheus and alerting: cannot sync \/nonexistent\/prometheus \(.+\); cannot sync \/nonexistent\/alertmanager \(.+\); building the committed docs in upstream\/fallback\/ \(prometheus 2\.53, 3\.5, 3\.7; alerting 0\.28\)\.$/,
      ),
    ]);
    expect(existsSync(path.join(fixture.dir, 'content/docs/prometheus/3.5/querying/basics.md'))).toBe(true);
  } finally {
    fixture.cleanup();
  }
});

test('docs synced from tagged repositories build under their URLs, with links, images, placeholders, versions, warnings and a lock', async ({
  page,
  shared,
}) => {
  // The shared build ran `sync-docs --update` against the local repositories (e2e/upstream-repos.ts), then built.
  // The lock pins each selected tag to its commit; release candidates stay out unless configured.
  const lock = JSON.parse(readFileSync(path.join(shared.dir, 'upstream/docs.lock.json'), 'utf8')) as DocsLock;
  expect(lock.prometheus?.versions.map((v) => [v.id, v.tag, v.commit])).toEqual(
    [
      ['3.1', 'v3.1.1'],
      ['3.0', 'v3.0.0'],
      ['2.9', 'v2.9.0'],
      ['2.8', 'v2.8.0'],
    ].map(([id, tag]) => [id, tag, shared.serverCommits[tag]]),
  );
  expect(lock.alerting?.versions.map((v) => v.tag)).toEqual(['v0.28.0', 'v0.27.0']);

  const output = shared.output;
  // Problems in synced files are warnings that name repository, tag, file and line, with a link.
  expect(output).toContain('warning: prometheus/prometheus@v3.1.1 docs/querying/basics.md:13:1');
  expect(output).toContain('https://github.com/prometheus/prometheus/blob/v3.1.1/docs/querying/basics.md#L13');
  expect(output).toContain('warning: prometheus/prometheus@v3.1.1 docs/getting_started.md:4:1  Unknown field "toc"');
  expect(output).toContain('warning: prometheus/prometheus@v3.1.1 docs/internal/notes.md:1:1  No title in the frontmatter');
  expect(output).toMatch(/warning: prometheus\/prometheus@v3\.1\.1 docs\/getting_started\.md:15:1 {2}An image without alt text/);
  expect(output).toMatch(
    /docs\/getting_started\.md:17:\d+ {2}Link to \/docs\/alerting\/alertmanager\/: that page moved to \/docs\/alerting\/latest\/alertmanager\//,
  );

  const origin = shared.origin;
  await page.goto(`${origin}/docs/prometheus/latest/getting_started/`);
  // The body's h1 became a section heading: the title stays the page's only h1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting started');
  await expect(page.locator('main h1')).toHaveCount(1);
  const body = page.locator('.content-body');
  await expect(body.getByRole('link', { name: 'querying' })).toHaveAttribute(
    'href',
    '/docs/prometheus/latest/querying/basics/#range-selectors',
  );
  await expect(body.getByRole('link', { name: 'example configuration' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/blob/v3.1.1/documentation/examples/fixture.yml',
  );
  await expect(body.getByRole('link', { name: 'Alertmanager' })).toHaveAttribute('href', '/docs/alerting/latest/alertmanager/');
  const image = body.getByRole('img', { name: 'How a scrape flows from target to server' });
  await expect(image).toHaveAttribute('src', '/docs/prometheus/3.1/images/flow.png');
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // Edits go to the upstream repository: the default branch for the latest version.
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/edit/main/docs/getting_started.md',
  );
  await expect(page.getByRole('link', { name: 'Report a problem' })).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/prometheus\/prometheus\/issues\/new\?/,
  );

  // Versions: every synced minor, newest first; the pre-release is not offered.
  await page.locator('summary.version-selector-button').click();
  const versions = page.getByRole('navigation', { name: 'Prometheus versions' }).getByRole('link');
  await expect(versions).toHaveText([/^3\.1/, /^3\.0/, /^2\.9/, /^2\.8/]);

  // An older version: at its own URL, edited at its tag, and its placeholders link their sections.
  await page.goto(`${origin}/docs/prometheus/3.0/configuration/configuration/`);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/blob/v3.0.0/docs/configuration/configuration.md',
  );
  await expect(page.locator('.content-body').getByRole('link', { name: 'conf.good.yml' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/blob/v3.0.0/config/testdata/conf.good.yml',
  );
  await page.locator('pre').getByRole('link', { name: '<tls_config>' }).click();
  await expect(page).toHaveURL(/#tls_config$/);

  // The tweet is a plain quote with its link; its script never reached the page.
  await page.goto(`${origin}/docs/prometheus/latest/querying/basics/`);
  await expect(page.locator('.content-body blockquote')).toContainText('Range selectors made my day.');
  expect(await page.locator('script[src*="twitter"]').count()).toBe(0);
  // A section whose nav_icon the icon set lacks still gets an icon; the internal index and the untitled file are no pages.
  await expect(page.locator('.docs-nav-summary', { hasText: 'Querying' }).locator('svg')).toHaveCount(1);
  expect((await page.request.get(`${origin}/docs/prometheus/latest/internal/notes/`)).status()).toBe(404);
  await page.goto(`${origin}/docs/prometheus/latest/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prometheus server');
  await expect(page.locator('main')).not.toContainText('this file is not');

  // Alertmanager: its own versioned section, selector and edit links.
  await page.goto(`${origin}/docs/alerting/latest/overview/`);
  await expect(page.locator('summary.version-selector-button')).toHaveAccessibleName(/^Alertmanager 0\.28 latest ?, change version$/);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/alertmanager/edit/main/docs/overview.md',
  );
  await page.goto(`${origin}/docs/alerting/0.27/overview/`);
  await expect(page.getByRole('note', { name: 'Version notice' })).toContainText('Alertmanager 0.27');
  // The build is a preview, whose sitemap is empty: the sitemap production would have.
  expect(shared.productionSitemap).toContain('https://prometheus.io/docs/alerting/latest/overview/');
  expect(shared.productionSitemap.filter((url) => url.includes('/docs/alerting/0.27/'))).toEqual([]);
});
