// The interactive parts of the site, each checked by one function that the production specs and
// the `npm run dev` smoke run (e2e/dev.spec.ts) both call: production pages run no React, dev
// pages hydrate, and both must behave the same. Paths are relative to the project's baseURL.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export async function scheme(page: Page) {
  return page.locator('html').getAttribute('data-mantine-color-scheme');
}

export async function expectLogos(page: Page, visible: 'light' | 'dark') {
  const hidden = visible === 'light' ? 'dark' : 'light';
  await expect(page.getByTestId(`logo-${visible}`)).toBeVisible();
  await expect(page.getByTestId(`logo-${hidden}`)).toBeHidden();
}

/** The colour-scheme control switches the scheme and both logos, and the choice persists over a reload. The system scheme must be light. */
export async function checkColourSchemeControl(page: Page) {
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
}

export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
export const searchInput = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });

/** A test's first query loads Pagefind, its worker, wasm and index: over 5 s when other tests keep both cores busy. */
export const searchExpect = expect.configure({ timeout: 15_000 });

/** The header's search box opens search; a word found in one section of one page lists that section first, and Enter goes there. */
export async function checkSearchLeadsToSection(page: Page) {
  await page.goto('/');
  await page.locator('.search-box').click();
  await searchInput(page).fill('MiniQue');
  const first = page.getByRole('option').first();
  await searchExpect(first).toHaveAttribute('href', '/docs/instrumenting/writing_exporters/#a-complete-example-in-go');
  await searchExpect(first).toHaveAttribute('aria-selected', 'true');
  await searchExpect(page.getByRole('group', { name: 'Writing exporters' })).toContainText('Docs › Instrumenting');
  await searchExpect(first.locator('mark').first()).toHaveText(/MiniQue/i);
  await page.keyboard.press('Enter');
  await searchExpect(page).toHaveURL(/\/docs\/instrumenting\/writing_exporters\/#a-complete-example-in-go$/);
  await searchExpect(page.locator('#a-complete-example-in-go')).toBeInViewport();
}

/** "On this page" marks the section being read as the page scrolls, and the section a TOC link leads to. Needs a desktop viewport. */
export async function checkTocFollowsScroll(page: Page) {
  await page.goto('/docs/concepts/data_model/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('[aria-current="location"]')).toHaveText('Time series');
  await page.locator('#samples').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
  await expect(toc.locator('[aria-current="location"]')).toHaveText('Samples');
  await page.locator('#labels').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
  await expect(toc.locator('[aria-current="location"]')).toHaveText('Labels');
  await toc.getByRole('link', { name: 'Notation' }).click();
  await expect(page).toHaveURL(/#notation$/);
  await expect(toc.locator('[aria-current="location"]')).toHaveText('Notation');
}

/** On a phone, the docs drawer opens from its button, keeps Tab inside, closes on Escape and when a link is followed. */
export async function checkDocsDrawer(page: Page) {
  await page.goto('/docs/concepts/data_model/');
  const nav = page.getByRole('navigation', { name: 'Documentation' });
  await expect(nav).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Docs menu' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('dialog', { name: 'Documentation' })).toBeVisible();
  // Focus lands on the current page's link; Tab moves on and stays inside the drawer.
  await expect(nav.locator('[aria-current="page"]')).toBeFocused();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#docs-nav')))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(toggle).toBeFocused();
  // Open again and follow a link with the keyboard.
  await page.keyboard.press('Enter');
  const link = nav.getByRole('link', { name: 'Metric types' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/concepts\/metric_types\/$/);
  await expect(page.getByRole('navigation', { name: 'Documentation' })).toBeHidden();
}

/** A code block names its language, its highlighting follows the scheme, and its copy button puts its code on the clipboard. The system scheme must be light. */
export async function checkCodeBlockCopy(page: Page, context: BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/prometheus/latest/configuration/configuration/');
  const block = page.locator('.code-block', { has: page.locator('pre span[style*="--shiki-dark"]') }).first();
  await expect(block.locator('.code-block-language')).not.toBeEmpty();
  const token = block.locator('pre span[style*="--shiki-dark"]').first();
  const lightColour = await token.evaluate((el) => getComputedStyle(el).color);
  // Through the control, as a reader would: under `next dev`, Mantine's provider sets the scheme again when it hydrates.
  await page.getByRole('radiogroup', { name: 'Colour scheme' }).getByText('Dark').click({ force: true });
  await expect.poll(() => token.evaluate((el) => getComputedStyle(el).color)).not.toBe(lightColour);
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await block.locator('pre').innerText()).trim());
}
