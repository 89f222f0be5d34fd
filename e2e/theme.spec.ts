import { expect, test, type Page } from '@playwright/test';
import { BROWSER_SCRIPT } from '../lib/generated/browser-script';
import { blockScriptFiles } from './site-script';

async function scheme(page: Page) {
  return page.locator('html').getAttribute('data-mantine-color-scheme');
}

async function expectLogos(page: Page, visible: 'light' | 'dark') {
  const hidden = visible === 'light' ? 'dark' : 'light';
  await expect(page.getByTestId(`logo-${visible}`)).toBeVisible();
  await expect(page.getByTestId(`logo-${hidden}`)).toBeHidden();
}

test.use({ colorScheme: 'light' });

test('the colour-scheme control switches, persists, and swaps both logos', async ({ page }) => {
  await page.goto('/community/');
  expect(await scheme(page)).toBe('light');
  await expectLogos(page, 'light');
  const cncfForLight = page.locator('img[src="/assets/cncf-logo.svg"]');
  const cncfForDark = page.locator('img[src="/assets/cncf-logo-white.svg"]');
  await cncfForLight.scrollIntoViewIfNeeded();
  await expect(cncfForLight).toBeVisible();
  await expect(cncfForDark).toBeHidden();

  const control = page.getByRole('radiogroup', { name: 'Colour scheme' });
  await control.getByText('Dark').click({ force: true });
  await expect.poll(() => scheme(page)).toBe('dark');
  await expectLogos(page, 'dark');
  await expect(cncfForDark).toBeVisible();
  await expect(cncfForLight).toBeHidden();
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.reload();
  expect(await scheme(page)).toBe('dark');
  await expectLogos(page, 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await expect(control.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await control.getByText('Light').click({ force: true });
  await expect.poll(() => scheme(page)).toBe('light');
  await expectLogos(page, 'light');
});

test('auto follows the system setting', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await scheme(page)).toBe('dark');
  await expectLogos(page, 'dark');
  await context.close();
});

test('a stored choice applies before the site script runs: no flash of the wrong scheme', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('mantine-color-scheme-value', 'dark'));
  // With the site script blocked, only the inline head script can set the scheme.
  const blocked = await blockScriptFiles(page);
  await page.goto('/community/');
  expect(blocked).toEqual([BROWSER_SCRIPT]);
  expect(await scheme(page)).toBe('dark');
  await expectLogos(page, 'dark');
});

test('without JavaScript the page renders one consistent scheme and logo', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/community/');
  await expectLogos(page, 'light');
  await expect(page.locator('img[src="/assets/cncf-logo-white.svg"]')).toBeHidden();
  await context.close();
});
