import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_RULES, scriptHash } from './headers';
import { INLINE_SCRIPTS } from '../site/inline-scripts';
import { IFRAME_SOURCES } from '../markdown/iframe-hosts';

const directive = (name: string) =>
  CONTENT_SECURITY_POLICY.split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('headers', () => {
  it('hash an inline script the way browsers do: base64 sha256 of its text', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('allow scripts from the site, the inline scripts by hash and WebAssembly, never eval or other inline code', () => {
    expect(directive('script-src')).toEqual(["'self'", ...INLINE_SCRIPTS.map(scriptHash), "'wasm-unsafe-eval'"]);
    expect(directive('frame-src')).toEqual([...IFRAME_SOURCES]);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('send the CSP and the security headers on every path', () => {
    const everyPath = HEADER_RULES.find((rule) => rule.source === '/(.*)');
    expect(everyPath?.headers.map((h) => h.key)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
      'Permissions-Policy',
    ]);
  });
});
