import { describe, expect, it } from 'vitest';
import { assertInlineScriptsAllowed } from './inline-script-guard';
import { ANNOUNCEMENT_SCRIPT, COLOR_SCHEME_SCRIPT } from '../site/inline-scripts';

const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><p>Text</p></body></html>`;

/** What every page's head has today: the two known inline scripts, the site script and JSON-LD. */
const KNOWN = [
  `<script>${COLOR_SCHEME_SCRIPT}</script>`,
  `<script data-announcement="new-website-2026">${ANNOUNCEMENT_SCRIPT}</script>`,
  '<script type="module" src="/js/site-ABC.js"></script>',
  '<script type="application/ld+json">{"@type":"TechArticle"}</script>',
].join('');

describe('assertInlineScriptsAllowed', () => {
  it('passes a page with only the known inline scripts, external scripts and JSON-LD', () => {
    expect(() => assertInlineScriptsAllowed(page(KNOWN), 'docs/index.html')).not.toThrow();
  });

  it('fails on an unknown inline script, naming the page and how the script starts', () => {
    expect(() => assertInlineScriptsAllowed(page(`${KNOWN}<script>alert("injected")</script>`), 'docs/index.html')).toThrow(
      /^docs\/index\.html: .*"alert\("injected"\)"/,
    );
  });

  it('treats modules and JavaScript MIME types as scripts, other types as data', () => {
    expect(() => assertInlineScriptsAllowed(page('<script type="module">import "/x.js"</script>'), 'a.html')).toThrow(/a\.html/);
    expect(() => assertInlineScriptsAllowed(page('<script type=" Text/JavaScript ">x()</script>'), 'b.html')).toThrow(/b\.html/);
    expect(() => assertInlineScriptsAllowed(page('<script type="text/plain">x()</script>'), 'c.html')).not.toThrow();
  });

  it('fails on a known script whose text changed, since its hash no longer matches', () => {
    expect(() => assertInlineScriptsAllowed(page(`<script>${COLOR_SCHEME_SCRIPT} </script>`), 'd.html')).toThrow(/d\.html/);
  });
});
