import { test } from './dev-server';
import {
  checkCodeBlockCopy,
  checkColourSchemeControl,
  checkDocsDrawer,
  checkSearchLeadsToSection,
  checkTocFollowsScroll,
} from './interactive';

// The production specs' checks of the interactive parts, against `npm run dev`, where pages hydrate:
// a change that works only without React (production) or only with it (dev) fails one of the two.

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('search opens from the header, finds a section and leads there', async ({ page }) => {
    await checkSearchLeadsToSection(page);
  });

  test('the TOC highlights the section being read as the page scrolls', async ({ page }) => {
    await checkTocFollowsScroll(page);
  });

  test('a code block copies its code', async ({ page, context }) => {
    await checkCodeBlockCopy(page, context);
  });
});

test.describe('light system scheme', () => {
  test.use({ colorScheme: 'light' });

  test('the colour-scheme control switches, persists, and swaps both logos', async ({ page }) => {
    await checkColourSchemeControl(page);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the docs drawer opens from its button and works with the keyboard', async ({ page }) => {
    await checkDocsDrawer(page);
  });
});
