import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { visible } from '../lib/content/report';
import { INLINE_SCRIPTS } from '../lib/inline-scripts';
import { createStaticServer } from '../scripts/serve.mjs';
import { buildWithFixtures, prepareFixtureDir } from './fixture-build';

// The attack corpus: hostile content as a fork's pull request would send it. Every file must be
// refused by the check with its exact file, line and message, or render inert.
test.describe.configure({ mode: 'serial', timeout: 420_000 });

const CORPUS = path.join(import.meta.dirname, 'attacks');
/** Where each corpus folder goes in content/. */
const PLACES: Record<string, string> = { docs: 'docs/attacks', support: 'support', blog: 'blog' };
/**
 * `<!-- expect COL MESSAGE -->` (`{/* … *\/}` in MDX, `# …` in YAML) states a problem on the first
 * following line that is not an expectation; `expect 1:COL …` one on line 1 (the file name's).
 */
const EXPECT = /^(?:<!--|\{\/\*|#) expect (?:(\d+):)?(\d+) (.+?)(?: -->| \*\/\})?$/;

type Expected = { file: string; line: number; column: number; message: string };

/** The problems each corpus file declares, keyed as the check prints them. */
function declaredProblems(): Expected[] {
  const expected: Expected[] = [];
  for (const [folder, place] of Object.entries(PLACES)) {
    for (const name of readdirSync(path.join(CORPUS, folder))) {
      const lines = readFileSync(path.join(CORPUS, folder, name), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const match = EXPECT.exec(line);
        if (!match) return;
        let target = index + 1;
        while (EXPECT.test(lines[target] ?? '')) target++;
        expected.push({ file: `content/${place}/${name}`, line: match[1] ? Number(match[1]) : target + 1, column: Number(match[2]), message: match[3] });
      });
    }
  }
  return expected;
}

/** Hostile files that cannot sit in the repository as they are: links, odd names, huge or deep bodies. */
function generateHostileFiles(content: string): Expected[] {
  const docs = path.join(content, 'docs/attacks');
  const at = (file: string, message: string, line = 1, column = 1): Expected => ({ file: `content/docs/attacks/${file}`, line, column, message });
  symlinkSync('/', path.join(docs, 'root-link'));
  symlinkSync('/etc/passwd', path.join(docs, 'passwd.md'));
  writeFileSync(path.join(docs, '..md'), '---\ntitle: Dot dot\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'invoice\u202egnp.md'), '---\ntitle: Reversed name\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'bell\u0007.md'), '---\ntitle: Control character\n---\n\nText.\n');
  writeFileSync(path.join(docs, 'huge.md'), `---\ntitle: Twenty megabytes\n---\n\n${'All work and no play. '.repeat(20 * 2 ** 20 / 22)}\n`);
  writeFileSync(path.join(docs, 'nested-items.md'), `---\ntitle: Ten thousand nested items\n---\n\n${'- '.repeat(10_000)}bottom\n`);
  const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');
  // 2,000 levels of indentation are 4 MB; 900 levels stay under the size limit.
  writeFileSync(path.join(docs, 'nested-indented.md'), `---\ntitle: Two thousand nested lists\n---\n\n${nested(2000)}\n`);
  writeFileSync(path.join(docs, 'nested-indented-900.md'), `---\ntitle: Nine hundred nested lists\n---\n\n${nested(900)}\n`);
  writeFileSync(path.join(docs, 'huge-title.md'), `---\ntitle: ${'T'.repeat(100_000)}\n---\n\nText.\n`);
  // Within every static limit, yet the Markdown parser slows down with the square of its size.
  writeFileSync(path.join(docs, 'slow-to-parse.md'), `---\ntitle: Slow to parse\n---\n\n${'para\n\n- a\n\n'.repeat(10_000)}`);
  // An image that is a document: served from the site's origin it could run its script.
  writeFileSync(path.join(docs, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
  // A heading on /download/ that would take the anchor of the Prometheus downloads listed below it.
  const downloadPage = path.join(content, 'pages/download.md');
  const downloadText = readFileSync(downloadPage, 'utf8').trimEnd();
  writeFileSync(downloadPage, `${downloadText}\n\n## Prometheus\n`);
  return [
    { file: 'content/pages/download.md', line: downloadText.split('\n').length + 2, column: 1, message: 'The id "prometheus" is an anchor of the listing on /download/: rename the heading or the id' },
    at('root-link', 'A symbolic link: content/ holds only real files and folders (links are never followed); copy the file instead'),
    at('passwd.md', 'A symbolic link: content/ holds only real files and folders (links are never followed); copy the file instead'),
    at('..md', 'The name "..md" starts with "."; content file and folder names start with a letter or digit'),
    at('invoice\u202egnp.md', 'The name "invoice\u202egnp.md" contains control or text-direction characters: rename it'),
    at('bell\u0007.md', 'The name "bell\\u0007.md" contains control or text-direction characters: rename it'),
    at('huge.md', 'The file is 20480 KB; content files may be at most 1024 KB: split it into several pages'),
    at('nested-items.md', 'Lists or blockquotes nest deeper than 32 levels here (10000 marker(s) after 0 columns of indentation): flatten the structure', 5),
    at('nested-indented.md', 'The file is 3929 KB; content files may be at most 1024 KB: split it into several pages'),
    at('nested-indented-900.md', 'Lists or blockquotes nest deeper than 32 levels here (1 marker(s) after 64 columns of indentation): flatten the structure', 37, 65),
    at('huge-title.md', '"title" may be at most 120 characters long, got 100000', 2, 8),
    at('diagram.svg', 'SVG files are not served from content/ (an SVG can run scripts): export the drawing as PNG or WebP beside the Markdown, or add it to public/assets/ in a reviewed change'),
    at('slow-to-parse.md', 'This file took longer than 20 s to compile and was stopped: split it into smaller pages, or simplify long runs of lists, tables or links'),
  ];
}

/** Elements of a built page that could run code or leave it: handlers, script URLs, scripts other than the site's. */
function dangerousMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`<${node.tagName} ${name}="${value}">`);
    }
    const src = String(node.properties.src ?? '');
    const type = String(node.properties.type ?? '');
    const inline = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (node.tagName === 'script' && !src.startsWith('/js/') && type !== 'application/ld+json' && !INLINE_SCRIPTS.includes(inline)) found.push(`<script src="${src}">${inline.slice(0, 40)}`);
    if (['iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(node.tagName)) found.push(`<${node.tagName}>`);
  });
  return found;
}

test('npm run check refuses every hostile file with its exact file, line and message, and nothing else', () => {
  const fixture = prepareFixtureDir('attacks-check', {});
  try {
    const content = path.join(fixture.dir, 'content');
    for (const [folder, place] of Object.entries(PLACES)) cpSync(path.join(CORPUS, folder), path.join(content, place), { recursive: true });
    const expected = [...declaredProblems(), ...generateHostileFiles(content)];
    expect(new Set(expected.map((e) => e.file)).size, 'at least 50 hostile files').toBeGreaterThanOrEqual(50);
    const check = spawnSync('npx', ['tsx', 'scripts/check.ts'], { cwd: fixture.dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 64 * 2 ** 20 });
    expect(check.status).toBe(1);
    const reported = check.stderr
      .split('\n')
      .map((line) => /^(content\/.+?):(\d+):(\d+) {2}(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, file, line, column, message]) => `${file}:${line}:${column}  ${message}`);
    const wanted = expected.map((e) => `${visible(e.file)}:${e.line}:${e.column}  ${visible(e.message)}`);
    expect(reported.toSorted()).toEqual(wanted.toSorted());
  } finally {
    fixture.cleanup();
  }
});

test('npm run content refuses a link to / before contentlayer starts, so nothing is read through it', () => {
  const fixture = prepareFixtureDir('attacks-link', {});
  try {
    mkdirSync(path.join(fixture.dir, 'content/docs/attacks'), { recursive: true });
    symlinkSync('/', path.join(fixture.dir, 'content/docs/attacks/everything'));
    const started = Date.now();
    const content = spawnSync('npx', ['tsx', 'scripts/content.ts'], { cwd: fixture.dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(content.status).toBe(1);
    expect(content.stderr).toContain('content/docs/attacks/everything:1:1  A symbolic link: content/ holds only real files and folders (links are never followed)');
    expect(existsSync(path.join(fixture.dir, '.contentlayer')), 'contentlayer never ran').toBe(false);
    test.info().annotations.push({ type: 'refused in', description: `${Date.now() - started} ms` });
  } finally {
    fixture.cleanup();
  }
});

test('hostile-looking but allowed content renders inert: no script, handler, dialog, navigation, title change or CSP violation', async ({ page }) => {
  const build = buildWithFixtures('attacks-inert', { 'docs/attacks/inert.md': '../attacks/inert.md', 'docs/attacks/inert-mdx.mdx': '../attacks/inert.mdx' });
  expect(build.status, build.output).toBe(0);
  const server = createStaticServer(build.outDir).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [route, title, shown] of [
      ['/docs/attacks/inert/', 'Hostile-looking but allowed', ['<script>alert(document.cookie)</script>', "{{constructor.constructor('alert(4)')()}}", '<svg onload=alert(8)>']],
      ['/docs/attacks/inert-mdx/', 'Hostile-looking MDX, allowed', ['A component holding <script>alert(22)</script> as text.', '{alert(25)}']],
    ] as const) {
      // The built HTML, parsed as a browser would: no handler, no script URL, no script but the site's.
      expect(dangerousMarkup(readFileSync(path.join(build.outDir, route, 'index.html'), 'utf8'))).toEqual([]);

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
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || s.type || 'inline'));
      expect(scripts.every((s) => /\/js\/|application\/ld\+json|inline/.test(s))).toBe(true);
      expect(await page.locator('.content-body script, .content-body iframe, .content-body style, .content-body form, body base, body meta').count()).toBe(0);
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
  } finally {
    server.close();
    build.cleanup();
  }
});
