import { describe, expect, it } from 'vitest';
import { stripRuntime } from './strip-runtime';

const PAGE = [
  '<html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script data-mantine-script="true">try{document.documentElement.setAttribute("data-mantine-color-scheme","dark")}catch(e){}</script>',
  '<script type="module" src="/js/site-ABC.js"></script>',
  '</head><body><p>Text</p>',
  '<script type="application/ld+json">{"@type":"TechArticle"}</script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
  '</body></html>',
].join('');

describe('stripRuntime', () => {
  it("removes Next's scripts, preloads and RSC payload and keeps every other script", () => {
    const html = stripRuntime(PAGE);
    expect(html).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js|__next_f|TURBOPACK/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain('data-mantine-script');
    expect(html).toContain('<script type="module" src="/js/site-ABC.js"></script>');
    expect(html).toContain('{"@type":"TechArticle"}');
    expect(html).toContain('<p>Text</p>');
  });

  it('fails loudly when the runtime is referenced in a way it does not know', () => {
    expect(() => stripRuntime('<html><body><div data-src="/_next/static/chunks/x.js"></div></body></html>')).toThrow(/still referenced/);
  });
});
