import type { Page } from '@playwright/test';
import { DISMISSED_KEY } from '../lib/site/inline-scripts';
import { blockScriptFiles } from './site-script';
import { expect, FIXTURE_ANNOUNCEMENT, test } from './shared-build';

// The shared build shows FIXTURE_ANNOUNCEMENT: it is built for a day inside its window, whatever day it is today.
const banner = (page: Page) => page.getByRole('complementary', { name: 'Announcement' });

test('the announcement shows above the header, with the short text on phones', async ({ page, shared }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${shared.origin}/`);
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByText(/for wide screens/)).toBeVisible();
  await expect(banner(page).getByRole('link', { name: 'Read the fixture notes' })).toHaveAttribute(
    'href',
    'https://example.org/fixture-notes',
  );
  const bannerBox = await banner(page).boundingBox();
  const headerBox = await page.getByRole('banner').boundingBox();
  expect(bannerBox!.y + bannerBox!.height).toBeLessThanOrEqual(headerBox!.y + 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(banner(page).getByText(/for phones/)).toBeVisible();
  await expect(banner(page).getByText(/for wide screens/)).toBeHidden();
});

test('dismissing hides it for good, before paint on the next load', async ({ page, shared }) => {
  await page.goto(`${shared.origin}/docs/`);
  await banner(page).getByRole('button', { name: 'Dismiss announcement' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), DISMISSED_KEY)).toBe(FIXTURE_ANNOUNCEMENT.id);
  // With the site script blocked, only the inline head script can hide it: no flash, no shift.
  const blocked = await blockScriptFiles(page);
  await page.goto(`${shared.origin}/community/`);
  expect(blocked).toEqual([expect.stringMatching(/^\/js\/site-\w+\.js$/)]);
  // In the page, but not shown (by its label: the class is a CSS Module's).
  const aside = page.getByRole('complementary', { name: 'Announcement', includeHidden: true });
  await expect(aside).toBeAttached();
  await expect(aside).toBeHidden();
});
