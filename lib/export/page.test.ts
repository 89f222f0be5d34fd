import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_SCRIPT, COLOR_SCHEME_SCRIPT, INLINE_SCRIPTS } from '../site/inline-scripts';
import { finishPage, PageError, type PageOptions } from './page';

const OPTIONS: PageOptions = {
  siteScript: '/js/site-ABC.js',
  inlineScripts: INLINE_SCRIPTS,
  siteUrl: 'https://prometheus.io',
  url: '/docs/concepts/',
  themeStyle: (css) => `${css}/*system*/`,
};

/** What the site writes into a page's head and body, and what must survive the strip unchanged. */
const SITE_HEAD = [
  '<meta charSet="utf-8"/>',
  '<link rel="preconnect" href="/" crossorigin=""/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<link rel="preload" href="/assets/logo.svg" as="image"/>',
  '<link rel="preload" href="/assets/print.css" as="style"/>',
  '<link rel="canonical" href="https://prometheus.io/docs/concepts/"/>',
  '<link rel="alternate" type="application/atom+xml" href="https://prometheus.io/blog/feed.xml" title="Feed"/>',
  '<link rel="icon" href="/favicon.svg"/>',
  `<script>${COLOR_SCHEME_SCRIPT}</script>`,
  `<script data-announcement="new-website">${ANNOUNCEMENT_SCRIPT}</script>`,
  '<script type="module" src="/js/site-ABC.js"></script>',
  '<style data-mantine-styles="true">:root{--x:1}</style>',
  '<style data-mantine-styles="classes">.a{color:red}</style>',
].join('');
const SITE_BODY = '<p>Text</p><script type="application/ld+json">{"@type":"TechArticle","name":"a \\u003c b"}</script>';

/** Next's runtime as Next 16 writes it into a prerendered page. */
const NEXT_HEAD = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" href="/_next/static/chunks/not-found.css" as="style"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-c.js" async=""></script>',
].join('');
const NEXT_BODY = [
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b.js"],"runtimeModuleIds":[94553]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[],\\"\\"]\\n"])</script>',
  '<script>self.__next_f.push([3,"AAEC"])</script>',
].join('');

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

/** The problems a page raises, or [] when it finishes. */
function problems(html: string): string[] {
  try {
    finishPage(html, 'out/x/index.html', OPTIONS);
    return [];
  } catch (error) {
    if (error instanceof PageError) return error.problems;
    throw error;
  }
}

describe('finishPage', () => {
  it("removes every form of Next's runtime and leaves the site's own markup byte for byte", () => {
    const { html } = finishPage(page(SITE_HEAD + NEXT_HEAD, NEXT_BODY + SITE_BODY + NEXT_BODY), 'out/x/index.html', OPTIONS);
    expect(html).toBe(page(SITE_HEAD.replace(':root{--x:1}', ':root{--x:1}/*system*/'), SITE_BODY));
  });

  it('keeps JSON-LD, the head scripts with their data attributes and the site script', () => {
    const { html, document } = finishPage(page(SITE_HEAD, SITE_BODY), 'out/x/index.html', OPTIONS);
    expect(html).toContain('{"@type":"TechArticle","name":"a \\u003c b"}');
    const scripts = DomUtils.getElementsByTagName('script', document).map((script) => script.attribs);
    expect(scripts).toEqual([
      {},
      { 'data-announcement': 'new-website' },
      { type: 'module', src: '/js/site-ABC.js' },
      { type: 'application/ld+json' },
    ]);
  });

  it("gives hooks the finished tree: Next's elements detached, the theme style rewritten", () => {
    const { document } = finishPage(page(SITE_HEAD + NEXT_HEAD, NEXT_BODY), 'out/x/index.html', OPTIONS);
    expect(DomUtils.getElementsByTagName('script', document)).toHaveLength(3);
    expect(DomUtils.findAll((element) => element.attribs.as === 'script', document.children)).toEqual([]);
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('style', document)[0])).toBe(':root{--x:1}/*system*/');
  });

  it('fails on an inline script it does not know, such as a renamed Next global, naming the file and the script', () => {
    const renamed = '<script>(self.__next_g=self.__next_g||[]).push([0])</script>';
    expect(() => finishPage(page(SITE_HEAD, renamed), 'out/docs/index.html', OPTIONS)).toThrow(
      /out\/docs\/index\.html:\n.*inline script that is neither.*self\.__next_g/,
    );
  });

  it("matches the site's inline scripts by their whole text, not by how they start", () => {
    expect(problems(page(`<script>${COLOR_SCHEME_SCRIPT};alert(1)</script>`))).toEqual([
      expect.stringMatching(/^an inline script that is neither/),
    ]);
    expect(problems(page(`<script> ${COLOR_SCHEME_SCRIPT}</script>`))).toHaveLength(1);
  });

  it("matches Next's inline data by its whole text: a payload push followed by code fails", () => {
    expect(problems(page('<script>self.__next_f.push([1,"x"]);alert(1)</script>'))).toHaveLength(1);
    expect(problems(page('<script>self.__next_f.push([1,x])</script>'))).toHaveLength(1);
    expect(problems(page('<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("/x"));</script>'))).toHaveLength(
      1,
    );
  });

  it('fails on a script preload that is not of a Next chunk', () => {
    expect(problems(page('<link rel="preload" as="script" href="/vendor/analytics.js"/>'))).toEqual([
      expect.stringMatching(
        /^a script preload that is not of a Next chunk: <link rel="preload" as="script" href="\/vendor\/analytics\.js"\/>/,
      ),
    ]);
    expect(problems(page('<link rel="modulepreload" href="https://cdn.example/x.js"/>'))).toHaveLength(1);
    expect(problems(page('<link rel="prefetch" as="script" href="/js/site-ABC.js"/>'))).toHaveLength(1);
  });

  it('fails on links it does not know, such as a new kind of preload', () => {
    expect(problems(page('<link rel="expect" href="#_R_" blocking="render"/>'))).toEqual([
      expect.stringMatching(/^a link of rel "expect"/),
    ]);
    expect(problems(page('<link rel="preload" as="worker" href="/w.js"/>'))).toEqual([expect.stringMatching(/^a preload of "worker"/)]);
  });

  it('fails on a script from anywhere but the site script and /_next/', () => {
    expect(problems(page('<script src="https://cdn.example/x.js"></script>'))).toEqual([
      expect.stringMatching(/^a script from a source that is neither/),
    ]);
    expect(problems(page('<script type="module" src="/js/site-OLD.js"></script>'))).toHaveLength(1);
    expect(problems(page('<script type="module" src="/js/site-ABC.js" onload="x()"></script>'))).toHaveLength(2);
  });

  it('fails on JSON-LD that is not JSON and on data blocks of other types', () => {
    expect(problems(page('', '<script type="application/ld+json">{"@type":</script>'))).toHaveLength(1);
    expect(problems(page('', '<script type="text/template"><p>x</p></script>'))).toEqual([
      'a script of type "text/template": <script type="text/template"><p>x</p></script>',
    ]);
  });

  it('fails on inline event handlers, which the Content-Security-Policy would block', () => {
    expect(problems(page('', '<img src="/a.png" alt="" onerror="alert(1)">'))).toEqual([
      expect.stringMatching(/^an event handler attribute onerror/),
    ]);
  });

  it("fails when something other than Next's script tags still points at one of its chunks", () => {
    expect(problems(page('', '<iframe src="/_next/static/chunks/b.js"></iframe>'))).toEqual([
      expect.stringMatching(/^Next's runtime is still referenced by src of <iframe/),
    ]);
  });

  it('lists every problem of a page at once', () => {
    expect(problems(page('<script>one()</script>', '<script>two()</script>'))).toHaveLength(2);
  });

  it('lists the /_next/ files the finished page references: stylesheets, font preloads, srcset, style url(), absolute URLs on the site', () => {
    const body = [
      '<img src="/_next/static/media/a.png" srcset="/_next/static/media/a.png 1x, ../../_next/static/media/a@2x.png 2x" alt=""/>',
      '<div style="background:url(\'/_next/static/media/bg%20x.svg\')"></div>',
      '<meta property="og:image" content="https://prometheus.io/_next/static/media/card.png"/>',
      '<a href="https://example.com/_next/static/other.css">elsewhere</a>',
      '<style>@font-face{src:url(/_next/static/media/mono.woff2?v=1)}</style>',
    ].join('');
    const { references } = finishPage(page(SITE_HEAD + NEXT_HEAD, body + NEXT_BODY), 'out/x/index.html', OPTIONS);
    expect([...references].sort()).toEqual([
      '/_next/static/chunks/a.css',
      '/_next/static/media/a.png',
      '/_next/static/media/a@2x.png',
      '/_next/static/media/bg x.svg',
      '/_next/static/media/card.png',
      '/_next/static/media/inter.woff2',
      '/_next/static/media/mono.woff2',
    ]);
  });
});
