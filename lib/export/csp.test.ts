import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../deploy/headers';
import { blockedResources, parsePolicy } from './csp';

const PAGE = 'https://prometheus.io/docs/x/';
const blocked = (html: string, policy = CONTENT_SECURITY_POLICY) => blockedResources(parseDocument(html), PAGE, parsePolicy(policy));

describe('blockedResources, under the site’s own policy', () => {
  it('lets through what the site loads: its files, https images and media, the allowed embeds', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="preload" as="font" href="/_next/static/media/f.woff2" crossorigin>',
      '<link rel="icon" href="/favicon.svg"><script type="module" src="/js/site.123.js"></script>',
      '<img src="../diagram.svg" srcset="/a.png 1x, https://example.com/b.png 2x"><video src="https://example.com/v.mp4" poster="/p.png"></video>',
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="t"></iframe><form action="/search/"></form>',
    ].join('');
    expect(blocked(html)).toEqual([]);
  });

  it('names each element the browser would block, with its URL and directive', () => {
    const html = [
      '<img src="http://example.com/a.png">',
      '<img src="data:image/png;base64,AAAA">',
      '<picture><source srcset="http://example.com/c.webp"></picture>',
      '<iframe src="https://player.vimeo.com/video/1"></iframe>',
      '<iframe src="https://www.youtube.com/watch?v=1"></iframe>',
      '<script src="https://cdn.example.com/x.js"></script>',
      '<link rel="stylesheet" href="https://fonts.example.com/a.css">',
      '<video><source src="http://example.com/v.mp4"></video>',
      '<object data="/x.swf"></object>',
      '<form action="https://example.com/post"></form>',
    ].join('');
    const problems = blocked(html);
    expect(problems).toHaveLength(10);
    expect(problems[0]).toBe("<img> asks for http://example.com/a.png, which the Content-Security-Policy's img-src ('self' https:) blocks");
    expect(problems.map((problem) => /'s ([a-z-]+) /.exec(problem)?.[1])).toEqual([
      'img-src',
      'img-src',
      'img-src',
      'frame-src',
      'frame-src',
      'script-src',
      'style-src',
      'media-src',
      'object-src',
      'form-action',
    ]);
  });

  it('reads other policies as CSP does: default-src as the fallback, a path prefix only when it ends in a slash', () => {
    expect(blocked('<img src="https://example.com/a.png">', "default-src 'self'")).toHaveLength(1);
    expect(blocked('<img src="https://example.com/a.png">', "default-src 'self'; img-src https:")).toEqual([]);
    expect(blocked('<iframe src="https://example.com/embed/1"></iframe>', 'frame-src https://example.com/embed')).toHaveLength(1);
    expect(blocked('<iframe src="https://example.com/embed"></iframe>', 'frame-src https://example.com/embed')).toEqual([]);
    expect(blocked('<img src="/a.png">', "img-src 'none'")).toHaveLength(1);
  });
});
