import { expect, test } from '@playwright/test';
import { checkCodeBlockCopy } from './interactive';

test('home page shows the hero, features and calls to action', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Prometheus/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Why teams choose Prometheus' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get started' })).toHaveAttribute('href', '/docs/');
  await expect(page.getByRole('img', { name: /time series rising/ })).toBeVisible();
});

test('community page renders the seed: sections, working in-page anchors, task list and note', async ({ page }) => {
  await page.goto('/community/');
  await expect(page.getByRole('heading', { level: 1, name: 'Community' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Developer summits/ })).toBeVisible();
  // The seed links to the second "Slack channel" heading by its de-duplicated id.
  const slackDev = page.locator('#slack-channel-1');
  await expect(slackDev).toHaveText(/Slack channel/);
  await page.getByRole('link', { name: '#prometheus-dev Slack channel' }).first().click();
  await expect(page).toHaveURL(/#slack-channel-1$/);
  await expect(slackDev).toBeInViewport();
  // `> NOTE:` becomes a labelled note, GFM task items become labelled checkboxes.
  await expect(page.getByRole('note', { name: 'Note' })).toContainText('For Prometheus to participate in a mentorship cycle');
  await expect(page.getByRole('checkbox', { name: 'Done' })).toHaveCount(9);
  // External links carry a marker that screen readers hear.
  await expect(page.getByRole('link', { name: /^Slack \(external link\)$/ }).first()).toHaveAttribute('rel', 'noopener noreferrer');
});

test('production builds are indexable and carry no preview banner', async ({ page, request }) => {
  await page.goto('/docs/concepts/data_model/');
  await expect(page.getByRole('complementary', { name: 'Preview' })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  expect(await (await request.get('/robots.txt')).text()).toContain('Allow: /');
});

test('headings have self-links with an accessible name', async ({ page }) => {
  await page.goto('/community/');
  const link = page.getByRole('link', { name: 'Link to section: Code of Conduct' });
  await expect(link).toHaveAttribute('href', '#code-of-conduct');
});

test('unknown URLs get the 404 page inside the site layout', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Prometheus home' })).toBeVisible();
});

test('clean URLs without a trailing slash reach the page', async ({ page }) => {
  const response = await page.goto('/community');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/community\/$/);
});

test('the header marks the current section', async ({ page }) => {
  await page.goto('/community/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Community' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Docs' })).not.toHaveAttribute('aria-current');
  await page.goto('/blog/2026/11/25/a-new-home-for-the-docs/');
  await expect(nav.getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'true');
});

test('code blocks show their language, follow the colour scheme and copy their code', async ({ page, context }) => {
  await checkCodeBlockCopy(page, context);
});
