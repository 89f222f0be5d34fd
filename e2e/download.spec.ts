import { expect, test, type Page } from '@playwright/test';

const visibleFiles = (page: Page) =>
  page
    .locator('#prometheus [data-file-os]:visible')
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-file-os')}/${row.getAttribute('data-file-arch')}`));

test.describe('a Windows visitor', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36' });

  test('sees Windows files first, and can switch OS and architecture or show all', async ({ page }) => {
    await page.goto('/download/');
    const os = page.getByRole('combobox', { name: 'Operating system' });
    await expect(os).toHaveValue('windows');
    await expect.poll(() => visibleFiles(page)).toEqual(['windows/amd64', 'windows/amd64']);

    await os.selectOption({ label: 'Linux' });
    await page.getByRole('combobox', { name: 'Architecture' }).selectOption({ label: 'arm64' });
    await expect.poll(() => visibleFiles(page)).toEqual(['linux/arm64', 'linux/arm64']);
    // node_exporter has no Windows build: its "no files" note appears only when nothing matches.
    await expect(page.locator('#node_exporter [data-no-files]')).toBeHidden();

    await os.selectOption({ label: 'All' });
    await page.getByRole('combobox', { name: 'Architecture' }).selectOption({ label: 'All' });
    expect((await visibleFiles(page)).length).toBe(10);
  });
});

test('each component shows its latest and LTS release with release notes and file links', async ({ page }) => {
  await page.goto('/download/');
  const prometheus = page.locator('#prometheus');
  await expect(prometheus.getByRole('heading', { name: 'Prometheus' })).toBeVisible();
  await expect(prometheus.locator('.release-version')).toHaveText(['3.7.0', '3.5.0']);
  await expect(prometheus.locator('[data-release]').nth(1)).toContainText('LTS');
  await expect(prometheus.getByRole('link', { name: 'prometheus-3.5.0.linux-amd64.tar.gz' })).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/releases/download/v3.5.0/prometheus-3.5.0.linux-amd64.tar.gz',
  );
  await expect(prometheus.getByRole('link', { name: 'Release notes' }).first()).toHaveAttribute(
    'href',
    'https://github.com/prometheus/prometheus/releases/tag/v3.7.0',
  );
  // A component without data yet points to its releases instead of inventing any.
  await expect(page.locator('#pushgateway')).toContainText('not in the site yet');
});

test('/download.json lists every component with download URLs', async ({ request }) => {
  type Release = { version: string; files: unknown[] };
  const json = (await (await request.get('/download.json')).json()) as { components: { name: string; latest: Release; lts: Release }[] };
  const names = json.components.map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(['Prometheus', 'Alertmanager', 'Pushgateway', 'node_exporter', 'blackbox_exporter']));
  const prometheus = json.components.find((c) => c.name === 'Prometheus');
  expect(prometheus?.latest.version).toBe('3.7.0');
  expect(prometheus?.lts.version).toBe('3.5.0');
  expect(prometheus?.latest.files[0]).toEqual({
    name: 'prometheus-3.7.0.linux-amd64.tar.gz',
    os: 'linux',
    arch: 'amd64',
    url: 'https://github.com/prometheus/prometheus/releases/download/v3.7.0/prometheus-3.7.0.linux-amd64.tar.gz',
  });
});

test('Support & Training lists providers from the data collection', async ({ page }) => {
  await page.goto('/support-training/');
  const providers = page.getByRole('region', { name: 'Providers' });
  await expect(providers.getByRole('heading', { level: 3 })).toHaveCount(5);
  const grafana = providers.locator('#grafana-labs');
  await expect(grafana).toContainText('Managed service');
  await expect(grafana.getByRole('link', { name: 'Visit Grafana Labs' })).toHaveAttribute('href', 'https://grafana.com/oss/prometheus/');
  await expect(page.getByRole('heading', { name: 'Prometheus Certified Associate' })).toBeVisible();
});

test('Governance is reachable from Community', async ({ page }) => {
  await page.goto('/community/');
  await page.getByRole('link', { name: 'Prometheus governance' }).click();
  await expect(page).toHaveURL(/\/governance\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Governance');
});
