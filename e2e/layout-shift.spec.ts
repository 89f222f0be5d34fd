import { expect, test, type Page } from '@playwright/test';

/** Long and full of inline code, as prometheus.io's configuration reference. */
const REFERENCE_PAGE = '/docs/prometheus/latest/configuration/configuration/';
/** One page of each kind. */
const PAGES = [
  { kind: 'home page', path: '/' },
  { kind: 'docs page', path: '/docs/introduction/overview/' },
  { kind: 'long reference page', path: REFERENCE_PAGE },
  { kind: 'blog post with images', path: '/blog/2026/06/22/light-and-dark-diagrams/' },
  { kind: 'page with images', path: '/community/' },
];
/** Lighthouse calls a CLS under 0.1 good; the site keeps it near zero. */
const MAX_SHIFT = 0.01;
/** Long enough that the first frames are laid out in the fallback fonts, as on a slow network. */
const FONT_DELAY_MS = 600;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augments the DOM's Window: only an interface merges
  interface Window {
    layoutShift: number;
  }
}

/** Layout shifts as the Layout Instability API reports them (not in TypeScript's DOM types). */
type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/**
 * Loads a page with its web fonts held back, so that the swap from the fallback fonts happens in
 * view; scrolls each visible content image into view and waits for it; returns the sum of every
 * layout shift (stricter than CLS, which takes the worst window) and how many fonts were held.
 */
async function shiftOf(page: Page, path: string): Promise<{ shift: number; fonts: number }> {
  let fonts = 0;
  await page.route(/\.woff2$/, async (route) => {
    fonts += 1;
    await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Images are lazy: each is brought into view and waited for, as a reader scrolling would load it.
    for (const img of document.querySelectorAll<HTMLImageElement>('.content-body img')) {
      if (img.getClientRects().length === 0) continue;
      img.scrollIntoView({ block: 'center' });
      await img.decode().catch(() => undefined);
    }
    // Two frames: shifts are reported for the frame that shows them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return { shift: await page.evaluate(() => window.layoutShift), fonts };
}

function layoutShiftTests() {
  for (const { kind, path } of PAGES) {
    test(`${kind} (${path}) does not move while its fonts and images arrive`, async ({ page }) => {
      const { shift, fonts } = await shiftOf(page, path);
      // The page did ask for web fonts, and got them late: what a slow network does.
      expect(fonts).toBeGreaterThan(0);
      expect(shift).toBeLessThan(MAX_SHIFT);
    });
  }
}

test.describe('layout shift on a desktop screen', layoutShiftTests);

test.describe('layout shift on a phone', () => {
  // As e2e/mobile.spec.ts: a phone's viewport, touch and mobile layout.
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  layoutShiftTests();
});

test('the latin fonts are preloaded, and the fallback fonts take the room the web fonts take', async ({ page, browser }) => {
  await page.goto(REFERENCE_PAGE);
  await expect(page.locator('head link[rel="preload"][as="font"]')).toHaveCount(2);
  await page.evaluate(() => document.fonts.ready);
  const withFonts = await page.locator('.content-body').evaluate((body) => body.getBoundingClientRect().height);
  // The same page in the fallback fonts only, as a reader whose fonts come too late sees it.
  const fallback = await browser.newPage();
  await fallback.route(/\.woff2$/, (route) => route.abort());
  await fallback.goto(page.url());
  const withFallbacks = await fallback.locator('.content-body').evaluate((body) => body.getBoundingClientRect().height);
  await fallback.close();
  expect(Math.abs(withFallbacks / withFonts - 1)).toBeLessThan(0.01);
});

test('every content image has a width and a height from the build', async ({ page }) => {
  for (const path of ['/blog/2026/06/22/light-and-dark-diagrams/', '/community/']) {
    await page.goto(path);
    const images = page.locator('.content-body img');
    expect(await images.count(), path).toBeGreaterThan(0);
    for (const img of await images.all()) {
      await expect(img, path).toHaveAttribute('width', /^\d+$/);
      await expect(img, path).toHaveAttribute('height', /^\d+$/);
    }
  }
});

test('an image keeps its box before it loads, and shrinks to the column keeping its ratio', async ({ page }) => {
  await page.route(/\.svg$/, () => undefined);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/blog/2026/06/22/light-and-dark-diagrams/', { waitUntil: 'domcontentloaded' });
  const box = await page.locator('.content-body img:visible').first().boundingBox();
  const column = await page.locator('.content-body').boundingBox();
  // 640×260 in a column narrower than 640 px: the column's width, at the image's ratio.
  expect(box?.width).toBeCloseTo(column?.width ?? 0, 0);
  expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(260 / 640, 2);
});

test('a video or player without a size gets a 16:9 box at the column width before it loads', async ({ page }) => {
  await page.goto('/docs/introduction/overview/');
  // No page of the test content has a video: one is put into a page body, as content would write it.
  const boxes = await page.evaluate(() => {
    const body = document.querySelector('.content-body');
    const video = document.createElement('video');
    video.controls = true;
    const iframe = document.createElement('iframe');
    iframe.width = '560';
    iframe.height = '315';
    body?.prepend(video, iframe);
    return [video, iframe]
      .map((element) => element.getBoundingClientRect())
      .map(({ width, height }) => ({ width, height, column: body?.clientWidth ?? 0 }));
  });
  for (const { width, height, column } of boxes) {
    expect(width).toBeCloseTo(column, 0);
    expect(width / height).toBeCloseTo(16 / 9, 2);
  }
});
