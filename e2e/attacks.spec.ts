import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { INLINE_SCRIPTS } from '../lib/site/inline-scripts';
import { expect, test } from './shared-build';

// The attack corpus (e2e/attacks/): hostile content as a fork's pull request would send it. Every
// file must be refused by the check with its exact file, line and message (scripts/build/check.test.ts),
// or render inert (here, in the shared fixture build, which holds e2e/attacks/inert.md and inert.mdx).
// Two pages, every hover target and a search: more than Playwright's default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Elements of a built page that could run code or leave it: handlers, script URLs, scripts other than the site's. */
function dangerousMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`<${node.tagName} ${name}="${value}">`);
    }
    const src = node.properties.src ?? '';
    const type = node.properties.type ?? '';
    const inline = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (node.tagName === 'script' && !src.startsWith('/js/') && type !== 'application/ld+json' && !INLINE_SCRIPTS.includes(inline))
      found.push(`<script src="${src}">${inline.slice(0, 40)}`);
    if (['iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(node.tagName)) found.push(`<${node.tagName}>`);
  });
  return found;
}

test('hostile-looking but allowed content renders inert: no script, handler, dialog, navigation, title change or CSP violation', async ({
  page,
  shared,
}) => {
  const origin = shared.origin;
  for (const [route, title, shown] of [
    [
      '/docs/attacks/inert/',
      'Hostile-looking but allowed',
      ['<script>alert(document.cookie)</script>', "{{constructor.constructor('alert(4)')()}}", '<svg onload=alert(8)>'],
    ],
    [
      '/docs/attacks/inert-mdx/',
      'Hostile-looking MDX, allowed',
      ['A component holding <script>alert(22)</script> as text.', '{alert(25)}'],
    ],
  ] as const) {
    // The built HTML, parsed as a browser would: no handler, no script URL, no script but the site's.
    expect(dangerousMarkup(readFileSync(path.join(shared.outDir, route, 'index.html'), 'utf8'))).toEqual([]);

    const dialogs: string[] = [];
    const navigations: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    for (const text of shown) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
    // Hover and click what a visitor would, then give anything time to fire.
    for (const target of await page.locator('.content-body :is(a[title], img, abbr, summary, kbd):visible').all()) await target.hover();
    const summary = page.locator('.content-body summary');
    if (await summary.count()) await summary.first().click();
    await page.waitForTimeout(500);
    expect(await page.title()).toBe(`${title} | Prometheus`);
    expect(navigations).toEqual([`${origin}${route}`]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // Every script element, even one put in the DOM without running: the site script, JSON-LD, the known head scripts.
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((script) => ({ src: script.src, type: script.type, text: script.src ? '' : script.text })),
    );
    const known = (script: (typeof scripts)[number]) =>
      (script.type === 'module' && script.src.startsWith(`${origin}/js/site-`)) ||
      script.type === 'application/ld+json' ||
      (script.src === '' && script.type === '' && INLINE_SCRIPTS.includes(script.text));
    expect(scripts.filter((script) => !known(script))).toEqual([]);
    expect(
      await page
        .locator('.content-body script, .content-body iframe, .content-body style, .content-body form, body base, body meta')
        .count(),
    ).toBe(0);
    page.removeAllListeners();
  }
  // Search shows the payloads of the index as text too.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search the site' }).fill('onerror alert');
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.search-hit-excerpt').filter({ hasText: 'onerror=alert' }).first()).toBeVisible();
  expect(await page.locator('.search-results :not(a, span, mark, div)').count()).toBe(0);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
