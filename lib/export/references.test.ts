import { describe, expect, it } from 'vitest';
import { cssUrls, isNextScript, sitePath, srcsetUrls } from './references';

const SITE = 'https://prometheus.io';

describe('sitePath', () => {
  it('resolves relative, root-relative and absolute URLs on the site to decoded paths without query or fragment', () => {
    expect(sitePath('../media/a%20b.woff2?v=2#x', '/_next/static/chunks/a.css', SITE)).toBe('/_next/static/media/a b.woff2');
    expect(sitePath('/_next/static/chunks/a.css', '/docs/x/', SITE)).toBe('/_next/static/chunks/a.css');
    expect(sitePath('https://prometheus.io/og/x.png', '/', SITE)).toBe('/og/x.png');
  });

  it('ignores other hosts and schemes', () => {
    expect(sitePath('https://example.com/_next/a.js', '/', SITE)).toBeUndefined();
    expect(sitePath('//cdn.example/_next/a.js', '/', SITE)).toBeUndefined();
    expect(sitePath('data:font/woff2;base64,AAAA', '/', SITE)).toBeUndefined();
    expect(sitePath('mailto:a@b.c', '/', SITE)).toBeUndefined();
  });
});

describe('URL lists', () => {
  it('reads srcset candidates without their descriptors', () => {
    expect(srcsetUrls('/a.png 1x, /a@2x.png 2x,/b.png')).toEqual(['/a.png', '/a@2x.png', '/b.png']);
  });

  it('reads url() in any quoting and @import from CSS', () => {
    expect(
      cssUrls('@import "x.css";a{background:url( "a.png" )}b{src:url(\'b.woff2\') format("woff2"),url(c.woff)}c{background:url()}'),
    ).toEqual(['a.png', 'b.woff2', 'c.woff', 'x.css']);
  });

  it("knows Next's scripts by their place and extension", () => {
    expect(isNextScript('/_next/static/chunks/a.js')).toBe(true);
    expect(isNextScript('/_next/static/chunks/a.css')).toBe(false);
    expect(isNextScript('/js/site-ABC.js')).toBe(false);
    expect(isNextScript(undefined)).toBe(false);
  });
});
