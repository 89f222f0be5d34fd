import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the phone menu opens and closes with the keyboard and lists every section', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.desktop-nav')).toBeHidden();
  const button = page.getByRole('button', { name: 'Open menu' });
  await button.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Menu' });
  await expect(drawer).toBeVisible();
  for (const label of ['Docs', 'Download', 'Community', 'Support & Training', 'Blog']) {
    await expect(drawer.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
});

test('following a link from the phone menu closes it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Community' }).click();
  await expect(page).toHaveURL(/\/community\/$/);
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
});
