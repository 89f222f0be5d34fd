import { expect, test } from '@playwright/test';

// The build under test is made today (2026-11-25 or later), inside the configured window
// (2026-11-20 … 2026-12-31); fixtures.spec.ts builds with a later SITE_BUILD_DATE and checks the banner is gone.
const banner = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Announcement' });

test('the announcement shows above the header, with the short text on phones', async ({ page }) => {
  test.skip(new Date().toISOString().slice(0, 10) > '2026-12-31', 'the configured announcement has ended');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByText(/has been rebuilt/)).toBeVisible();
  await expect(banner(page).getByRole('link', { name: 'Tell us what you think' }).first()).toHaveAttribute('href', 'https://github.com/prometheus/docs/issues/new');
  const bannerBox = await banner(page).boundingBox();
  const headerBox = await page.getByRole('banner').boundingBox();
  expect(bannerBox!.y + bannerBox!.height).toBeLessThanOrEqual(headerBox!.y + 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(banner(page).getByText('New website!')).toBeVisible();
  await expect(banner(page).getByText(/has been rebuilt/)).toBeHidden();
});

test('dismissing hides it for good, before paint on the next load', async ({ page }) => {
  test.skip(new Date().toISOString().slice(0, 10) > '2026-12-31', 'the configured announcement has ended');
  await page.goto('/docs/');
  await banner(page).getByRole('button', { name: 'Dismiss announcement' }).click();
  await expect(banner(page)).toBeHidden();
  // With every Next.js chunk blocked only the inline head script can hide it: no flash, no shift.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/community/');
  await expect(banner(page)).toBeHidden();
});
