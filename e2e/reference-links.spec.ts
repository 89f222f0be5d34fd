import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 900 } });

/** The example code block holding `text`. */
const example = (page: Page, text: string): Locator => page.getByRole('main').locator('pre', { hasText: text });

test('a function in a guide’s PromQL example leads to its definition in the latest reference', async ({ page }) => {
  await page.goto('/docs/guides/node-exporter/');
  const cpu = example(page, 'node_cpu_seconds_total');
  await expect(cpu.getByRole('link', { name: 'avg', exact: true })).toHaveAttribute(
    'href',
    '/docs/prometheus/latest/querying/operators/#avg',
  );
  await expect(cpu.getByRole('link', { name: 'by', exact: true })).toHaveAttribute(
    'href',
    '/docs/prometheus/latest/querying/operators/#aggregation-operators',
  );
  // Metric and label names are not links.
  await expect(cpu.getByRole('link')).toHaveText(['avg', 'by', 'rate']);
  await example(page, 'node_network_receive_bytes_total').getByRole('link', { name: 'rate', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/prometheus\/latest\/querying\/functions\/#rate$/);
  await expect(page.locator('#rate')).toHaveRole('heading');
  await expect(page.locator('#rate')).toBeInViewport();
});

test('an older version’s examples link into that version, modifiers to their sections', async ({ page }) => {
  await page.goto('/docs/prometheus/2.53/querying/basics/');
  const subquery = example(page, 'max_over_time');
  await expect(subquery.getByRole('link', { name: 'max_over_time' })).toHaveAttribute(
    'href',
    '/docs/prometheus/2.53/querying/functions/#aggregating-over-time',
  );
  await example(page, 'offset 1w').getByRole('link', { name: 'offset', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/prometheus\/2\.53\/querying\/basics\/#offset-modifier$/);
  await expect(page.locator('#offset-modifier')).toBeInViewport();
  await example(page, '@ end()').getByRole('link', { name: '@', exact: true }).first().click();
  await expect(page).toHaveURL(/\/docs\/prometheus\/2\.53\/querying\/basics\/#-modifier$/);
  await expect(page.locator('#-modifier')).toHaveText(/@ modifier/);
});

test('inline PromQL in prose is coloured in both schemes and its names link to the reference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/docs/prometheus/2.53/querying/basics/');
  const inline = page.getByRole('main').locator('code[data-language="promql"]', { hasText: 'scalar(sum(up))' });
  const sum = inline.getByRole('link', { name: 'sum', exact: true });
  await expect(sum).toHaveAttribute('href', '/docs/prometheus/2.53/querying/operators/#aggregation-operators');
  await expect(inline.getByRole('link', { name: 'scalar', exact: true })).toHaveAttribute(
    'href',
    /\/docs\/prometheus\/2\.53\/querying\/functions\/#/,
  );
  // GitHub's keyword red, as in code blocks; `up`, a metric name, keeps the code's own colour.
  const colour = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).color);
  await expect.poll(() => colour(sum)).toBe('rgb(207, 34, 46)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radiogroup', { name: 'Colour scheme' }).getByText('Dark').click({ force: true });
  await expect.poll(() => colour(sum)).toBe('rgb(255, 123, 114)');
});

test('a linked example copies as written', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/guides/node-exporter/');
  const block = page.locator('.code-block', { has: page.locator('pre', { hasText: 'node_cpu_seconds_total' }) });
  await expect(block.getByRole('link')).not.toHaveCount(0);
  await block.getByRole('button', { name: 'Copy code' }).click();
  const source = readFileSync('content/docs/guides/node-exporter.md', 'utf8');
  const written = /```promql\n([^`]*node_cpu_seconds_total[^`]*)```/.exec(source)?.[1];
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(written?.trim());
});

test('the keys of a guide’s configuration example lead to their blocks in the configuration reference', async ({ page }) => {
  await page.goto('/docs/guides/node-exporter/');
  const config = example(page, 'scrape_configs');
  const reference = '/docs/prometheus/latest/configuration/configuration/';
  await expect(config.getByRole('link')).toHaveText(['scrape_configs', 'job_name', 'static_configs', 'targets', 'labels']);
  await expect(config.getByRole('link', { name: 'scrape_configs' })).toHaveAttribute('href', `${reference}#scrape_config`);
  await expect(config.getByRole('link', { name: 'job_name' })).toHaveAttribute('href', `${reference}#scrape_config`);
  await config.getByRole('link', { name: 'static_configs' }).click();
  await expect(page).toHaveURL(new RegExp(`${reference}#static_config$`));
  await expect(page.locator('#static_config')).toHaveRole('heading');
  await expect(page.locator('#static_config')).toBeInViewport();
});
