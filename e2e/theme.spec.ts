import { expect, test } from '@playwright/test';
import { BROWSER_SCRIPT } from '../lib/generated/browser-script';
import { checkColourSchemeControl, expectLogos, scheme } from './interactive';
import { blockScriptFiles } from './site-script';

test.use({ colorScheme: 'light' });

test('the colour-scheme control switches, persists, and swaps both logos', async ({ page }) => {
  await checkColourSchemeControl(page);
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
