import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 900 } });

for (const version of ['latest', '3.5']) {
  test(`placeholders in the ${version} configuration reference lead to their sections`, async ({ page }) => {
    await page.goto(`/docs/prometheus/${version}/configuration/configuration/`);
    const placeholder = page.getByRole('main').locator('pre').getByRole('link', { name: '<tls_config>', exact: true }).first();
    await expect(placeholder).toHaveAttribute('href', '#tls_config');
    await placeholder.click();
    await expect(page).toHaveURL(/#tls_config$/);
    const section = page.locator('#tls_config');
    await expect(section).toHaveRole('heading');
    await expect(section).toBeInViewport();
  });
}
