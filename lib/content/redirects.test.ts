import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRedirects, redirectPage } from './redirects';
import { vercelConfig } from '../deploy/vercel-config';

describe('redirects', () => {
  it('become permanent redirects and security headers in vercel.json, which is up to date', () => {
    const config = vercelConfig([{ from: '/docs/best_practices/naming/', to: '/docs/practices/naming/' }]);
    expect(config.redirects).toEqual([{ source: '/docs/best_practices/naming', destination: '/docs/practices/naming/', permanent: true }]);
    expect(config.headers[0].headers.map((h) => h.key)).toContain('X-Content-Type-Options');
    expect(JSON.parse(readFileSync('vercel.json', 'utf8'))).toEqual(vercelConfig(loadRedirects()));
  });

  it('become pages that move on, name the new URL as canonical and link to it', () => {
    const html = redirectPage('/docs/practices/naming/', 'https://prometheus.io');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/docs/practices/naming/">');
    expect(html).toContain('<link rel="canonical" href="https://prometheus.io/docs/practices/naming/">');
    expect(html).toContain('<a href="/docs/practices/naming/">');
  });
});
