import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS } from '../site/inline-scripts';
import type { SiteForms } from './allowlist';
import { finishExport, type ExportPage } from './walk';

const FORMS: SiteForms = { siteScript: '/js/site-ABC.js', inlineScripts: INLINE_SCRIPTS, siteUrl: 'https://prometheus.io' };
const NEXT = '<script src="/_next/static/chunks/main.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>';
const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}<script type="module" src="/js/site-ABC.js"></script>${NEXT}</head><body><p>x</p></body></html>`;

let out: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), text);
};
const files = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'export-walk-'));
  write('index.html', page('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>'));
  write(
    'docs/a/index.html',
    page(
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"/><style data-mantine-styles="true">[data-mantine-color-scheme=dark]{--c:#000}</style>',
    ),
  );
  write('docs/a/index.txt', 'payload');
  write('docs/a/__next.docs.a.txt', 'payload');
  write('robots.txt', 'User-agent: *');
  write('_next/static/chunks/site.css', '@font-face{src:url(../media/used.woff2)}[data-mantine-color-scheme=dark] .a{color:red}');
  write('_next/static/chunks/unused.css', '@font-face{src:url(../media/only-unused-css.woff2)}');
  write('_next/static/chunks/main.js', 'x'.repeat(2048));
  write('_next/static/media/used.woff2', 'font');
  write('_next/static/media/only-unused-css.woff2', 'font');
  write('_next/static/BUILD/_buildManifest.js', 'manifest');
});

afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('finishExport', () => {
  it('strips every page, adds the system scheme, removes client payloads and deletes what nothing references, with the folders it empties', () => {
    const summary = finishExport(out, FORMS);
    expect(files()).toEqual([
      '_next/static/chunks/site.css',
      '_next/static/media/used.woff2',
      'docs/a/index.html',
      'index.html',
      'robots.txt',
    ]);
    expect(existsSync(path.join(out, '_next/static/BUILD'))).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toMatch(/_next\/static\/chunks\/main\.js|__next_f/);
    expect(readFileSync(path.join(out, 'docs/a/index.html'), 'utf8')).toContain('(prefers-color-scheme: dark)');
    expect(readFileSync(path.join(out, '_next/static/chunks/site.css'), 'utf8')).toContain('(prefers-color-scheme: dark)');
    expect(summary).toMatchObject({ pages: 2, stylesheets: 2, payloadsRemoved: 2, unreferencedDeleted: 4 });
    expect(summary.unreferencedBytes).toBeGreaterThan(2048);
  });

  it('shows hooks every finished page with its URL, then calls done once', () => {
    const seen: string[] = [];
    let done = 0;
    const onPage = ({ url, html, document }: ExportPage) =>
      seen.push(`${url} ${html.includes('__next_f')} ${document.children.length > 0}`);
    finishExport(out, FORMS, [{ onPage, done: () => (done += 1) }]);
    expect(seen.sort()).toEqual(['/ false true', '/docs/a/ false true']);
    expect(done).toBe(1);
  });

  it('fails, listing each problem once with the pages it is in, and deletes nothing', () => {
    write('docs/b/index.html', page('<script>window.__next_g=[]</script>'));
    write('docs/c/index.html', page('<script>window.__next_g=[]</script>'));
    expect(() => finishExport(out, FORMS)).toThrow(
      /inline script that is neither.*window\.__next_g=\[\].*\n {4}in 2 files: .*docs\/[bc]\/index\.html, .*docs\/[bc]\/index\.html$/,
    );
    expect(existsSync(path.join(out, '_next/static/chunks/main.js'))).toBe(true);
  });

  it('fails when a page or a stylesheet it uses references a /_next/ file that is not there', () => {
    write('_next/static/chunks/site.css', '@font-face{src:url(../media/gone.woff2)}');
    expect(() => finishExport(out, FORMS)).toThrow(
      /references \/_next\/static\/media\/gone\.woff2, which is not in .*\n {4}in .*_next\/static\/chunks\/site\.css$/,
    );
  });
});
